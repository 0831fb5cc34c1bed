"""Bearer tokens in HTTP clients of many languages, test tools, logs and request dumps (part 1: code)."""
from core import (Doc, doc, T, bearer, jwt, fcm_token, alnum, hexs, b64url, b64, uuid4, sha1, sha256, ts, iso, fmt_t,
                  trace_id, span_id, password, ipv4_private, ipv4_public, email, role_email, jesc)


def _claims(r, iss, aud, sub=None, scope=None, extra=None):
    t = ts(r)
    c = {"iss": iss, "sub": sub or uuid4(r), "aud": aud, "iat": t, "exp": t + r.choice([900, 3600, 7200, 86400])}
    if scope:
        c["scope"] = scope
    if extra:
        c.update(extra)
    return c


@doc
def ruby_httparty():
    d = Doc("ruby-httparty-clients", "carrier_gateway.rb", "ruby http client code")
    r = d.rng
    t1, t2, t3 = d.L("bearer-token", bearer(r, "opaque")), d.L("bearer-token", bearer(r, "hex")), d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''# frozen_string_literal: true
#
# Carrier booking client. Last touched in ⟨sha⟩ ("carrier: retry 429 with backoff").

require "httparty"
require "json"

module Logistics
  class CarrierGateway
    include HTTParty
    base_uri ENV.fetch("CARRIER_API_URL", "https://api.fraktnod.se/v2")
    default_timeout 15
    format :json

    # FIXME(ops): move both to credentials.yml.enc before the March release
    BOOKING_TOKEN = "⟨t1⟩"
    TRACKING_TOKEN = ENV.fetch("TRACKING_TOKEN", "⟨t2⟩")

    class BookingError < StandardError; end

    def initialize(logger: Rails.logger)
      @logger = logger
    end

    def book(shipment)
      resp = self.class.post(
        "/bookings",
        headers: {
          "Authorization" => "Bearer #{BOOKING_TOKEN}",
          "Content-Type" => "application/json",
          "Idempotency-Key" => shipment.uuid
        },
        body: shipment.to_carrier_json
      )
      raise BookingError, "carrier said #{resp.code}: #{resp.body}" unless resp.success?

      @logger.info("booked #{shipment.reference} as #{resp.parsed_response["booking_id"]}")
      resp.parsed_response
    end

    def track(parcel_id)
      self.class.get("/tracking/#{parcel_id}",
                     headers: { "Authorization" => "Bearer #{TRACKING_TOKEN}" })
    end

    # The label printer runs under its own service account (see INFRA-2291).
    def labels(batch_id)
      self.class.get("/labels/batch/#{batch_id}",
                     headers: { "Authorization" => "Bearer ⟨t3⟩",
                                "Accept" => "application/pdf" })
    end

    def cancel(booking_id, reason:)
      self.class.delete("/bookings/#{booking_id}",
                        headers: { "Authorization" => "Bearer #{BOOKING_TOKEN}" },
                        query: { reason: reason })
    end
  end
end
''', t1=t1, t2=t2, t3=t3, sha=d.X(sha1(r)))
    return d


@doc
def typhoeus_verbose():
    d = Doc("typhoeus-verbose-output", "price-sync-2026-01-22.log", "ruby http client verbose log")
    r = d.rng
    tok1 = d.L("bearer-token", bearer(r, "opaque"))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://auth.prisbanken.se/", "pricing-api", scope="prices:write"), kid=hexs(r, 16)))
    ip1, ip2 = ipv4_private(r), ipv4_private(r)
    rid1, rid2 = d.X(uuid4(r)), d.X(uuid4(r))
    t = ts(r)
    d.text = T('''I, [2026-01-22T04:00:01.118412 #2231]  INFO -- : price-sync starting, 412 SKUs queued
D, [2026-01-22T04:00:01.204113 #2231] DEBUG -- : ETHON: Libcurl initialized
D, [2026-01-22T04:00:01.209881 #2231] DEBUG -- : ETHON: performed EASY effective_url=https://supplier.grossist-nord.se/api/v1/pricelist?since=2026-01-21 response_code=200 return_code=ok total_time=0.418
*   Trying ⟨ip1⟩:443...
* Connected to supplier.grossist-nord.se (⟨ip1⟩) port 443 (#0)
* ALPN: offers http/1.1
* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384
* Server certificate:
*  subject: CN=supplier.grossist-nord.se
*  issuer: C=US; O=Let's Encrypt; CN=R11
> GET /api/v1/pricelist?since=2026-01-21 HTTP/1.1
Host: supplier.grossist-nord.se
User-Agent: Typhoeus - https://github.com/typhoeus/typhoeus
Accept: application/json
Authorization: Bearer ⟨tok1⟩
Expect:

< HTTP/1.1 200 OK
< Content-Type: application/json; charset=utf-8
< X-Request-Id: ⟨rid1⟩
< ETag: W/"⟨etag⟩"
< Content-Length: 48213
<
* Connection #0 to host supplier.grossist-nord.se left intact
I, [2026-01-22T04:00:01.690211 #2231]  INFO -- : pricelist: 412 rows, 17 changed
*   Trying ⟨ip2⟩:8443...
* Connected to pricing.internal (⟨ip2⟩) port 8443 (#1)
> PUT /v3/prices/bulk HTTP/1.1
Host: pricing.internal:8443
User-Agent: Typhoeus - https://github.com/typhoeus/typhoeus
Accept: application/json
Content-Type: application/json
Authorization: Bearer ⟨jwt⟩
Content-Length: 2311
Expect:

* upload completely sent off: 2311 bytes
< HTTP/1.1 207 Multi-Status
< Content-Type: application/json
< X-Request-Id: ⟨rid2⟩
<
* Connection #1 to host pricing.internal left intact
W, [2026-01-22T04:00:02.004518 #2231]  WARN -- : 2 SKUs rejected: ["SE-44910-B", "SE-44913-A"] (price below floor)
I, [2026-01-22T04:00:02.004988 #2231]  INFO -- : price-sync done in 0.89s
''', ip1=ip1, ip2=ip2, tok1=tok1, jwt=j, rid1=rid1, rid2=rid2, etag=d.X(hexs(r, 32)))
    return d


@doc
def urllib3_code():
    d = Doc("urllib3-poolmanager-code", "telemetry_push.py", "python http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "hex"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    hk = d.L("generic-secret", b64(r, 32))
    d.text = T('''"""Push hourly inverter readings to the grid operator's telemetry endpoint.

Runs from cron on the site gateway (see /etc/cron.d/telemetry).  Uses plain
urllib3 because the gateway image has no room for requests.
"""
import json
import logging
import os
import time

import urllib3

log = logging.getLogger("telemetry")

ENDPOINT = os.environ.get("TELEMETRY_URL", "https://ingest.natdata-syd.se/v1/readings")
# site token issued by the operator portal, rotates yearly
INGEST_TOKEN = os.environ.get("INGEST_TOKEN", "⟨t1⟩")
SITE_ID = "SE3-VXO-0147"
# HMAC key for signing the reading batches (operator spec TD-114, section 4.2)
SIGNING_KEY = os.environ.get("INGEST_SIGNING_KEY", "⟨hk⟩")

http = urllib3.PoolManager(
    retries=urllib3.Retry(total=5, backoff_factor=0.5, status_forcelist=[502, 503, 504]),
    timeout=urllib3.Timeout(connect=3.0, read=10.0),
)


def push(readings):
    body = json.dumps({"site": SITE_ID, "readings": readings}).encode()
    resp = http.request(
        "POST",
        ENDPOINT,
        body=body,
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {INGEST_TOKEN}",
        },
    )
    if resp.status >= 300:
        log.error("push failed: %s %s", resp.status, resp.data[:200])
    return resp.status


def push_alarm(code, text):
    # alarms go to the vendor's NOC, not the grid operator
    headers = urllib3.make_headers(user_agent="site-gw/2.4")
    headers["Authorization"] = "Bearer ⟨t2⟩"
    return http.request("POST", "https://noc.solvaxel.se/api/alarms",
                        json={"site": SITE_ID, "code": code, "text": text, "ts": int(time.time())},
                        headers=headers).status


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open("/var/lib/inverter/last_hour.json") as f:
        push(json.load(f))
''', t1=t1, t2=t2, hk=hk)
    return d


@doc
def retrofit_interceptor():
    d = Doc("retrofit-okhttp-interceptor", "AuthInterceptor.java", "java http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://id.hemleverans.se", "mobile-bff", scope="orders:read orders:write",
                                              extra={"azp": "android-app", "ver": 3}), kid=uuid4(r)))
    d.text = T('''package se.hemleverans.app.net;

import androidx.annotation.NonNull;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import se.hemleverans.app.BuildConfig;

/**
 * Adds the API token to every request to the backend-for-frontend.
 * The guest token is only used before the user signs in.
 */
public final class AuthInterceptor implements Interceptor {

    // guest token for the catalogue endpoints (read only, see BFF-118)
    private static final String GUEST_TOKEN = "⟨t1⟩";

    private final TokenStore store;

    public AuthInterceptor(TokenStore store) {
        this.store = store;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request original = chain.request();
        String token = store.accessToken();
        if (token == null) {
            token = GUEST_TOKEN;
        }
        Request request = original.newBuilder()
                .header("Authorization", "Bearer " + token)
                .header("X-App-Version", BuildConfig.VERSION_NAME)
                .build();
        return chain.proceed(request);
    }

    public static Retrofit retrofit(TokenStore store) {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor();
        logging.redactHeader("Authorization");
        logging.setLevel(BuildConfig.DEBUG ? HttpLoggingInterceptor.Level.HEADERS : HttpLoggingInterceptor.Level.NONE);
        OkHttpClient client = new OkHttpClient.Builder()
                .addInterceptor(new AuthInterceptor(store))
                .addInterceptor(logging)
                .build();
        return new Retrofit.Builder()
                .baseUrl("https://bff.hemleverans.se/")
                .client(client)
                .addConverterFactory(MoshiConverterFactory.create())
                .build();
    }

    /**
     * Push registration goes through the same client. Example FCM registration token from the
     * Pixel 8 test device (not a credential, it only addresses the device):
     * ⟨fcm⟩
     */

    /** Used by the instrumented tests against staging; do not ship. */
    static final class StagingTokenStore implements TokenStore {
        @Override
        public String accessToken() {
            return "⟨jwt⟩";
        }
    }
}
''', t1=t1, jwt=j, fcm=d.X(fcm_token(r)))
    return d


@doc
def spring_webclient():
    d = Doc("spring-webclient-config", "PartnerClientConfig.java", "java http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "b64url"))
    d.text = T('''package se.forsakra.claims.partner;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

@Configuration
public class PartnerClientConfig {

    /** Workshop network API. The default is the sandbox partner token; prod sets PARTNER_TOKEN. */
    @Value("${partner.workshops.token:⟨t1⟩}")
    private String workshopToken;

    @Value("${partner.workshops.base-url:https://api.verkstadsnatet.se/v1}")
    private String workshopBaseUrl;

    @Bean
    WebClient workshopClient(WebClient.Builder builder) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3000)
                .responseTimeout(Duration.ofSeconds(8));
        return builder
                .baseUrl(workshopBaseUrl)
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + workshopToken)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    WebClient glassRepairClient(WebClient.Builder builder) {
        return builder
                .baseUrl("https://partner.rutglas.se/api")
                .defaultHeaders(h -> h.setBearerAuth("⟨t2⟩"))
                .build();
    }
}
''', t1=t1, t2=t2)
    return d


@doc
def restsharp():
    d = Doc("restsharp-clients", "LedgerApiClient.cs", "c# http client code")
    r = d.rng
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://login.bokforing-molnet.se", "ledger", scope="ledger.read ledger.write",
                                              extra={"tenant": "4471"}), kid=hexs(r, 8)))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    d.text = T('''using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RestSharp;
using RestSharp.Authenticators;

namespace Kassa.Integrations.Ledger
{
    public sealed class LedgerApiClient : IDisposable
    {
        // Issued 2026-01-09 for the nightly export job; expires with the tenant licence.
        private const string ExportJobToken =
            "⟨jwt⟩";

        private const string AttachmentServiceToken = "⟨t2⟩";

        private readonly RestClient _client;
        private readonly ILogger<LedgerApiClient> _log;

        public LedgerApiClient(ILogger<LedgerApiClient> log)
        {
            _log = log;
            var options = new RestClientOptions("https://api.bokforing-molnet.se/v2")
            {
                Authenticator = new JwtAuthenticator(ExportJobToken),
                Timeout = TimeSpan.FromSeconds(30),
                ThrowOnAnyError = false,
            };
            _client = new RestClient(options);
        }

        public async Task<VoucherPage?> GetVouchersAsync(DateOnly from, string? cursor, CancellationToken ct)
        {
            var req = new RestRequest("vouchers")
                .AddQueryParameter("from", from.ToString("yyyy-MM-dd"))
                .AddQueryParameter("limit", "500");
            if (cursor != null) req.AddQueryParameter("cursor", cursor);
            var resp = await _client.ExecuteGetAsync<VoucherPage>(req, ct);
            if (!resp.IsSuccessful)
                _log.LogWarning("vouchers {Status}: {Body}", resp.StatusCode, resp.Content);
            return resp.Data;
        }

        public async Task<byte[]?> DownloadAttachmentAsync(string id, CancellationToken ct)
        {
            var req = new RestRequest($"https://files.bokforing-molnet.se/attachments/{id}");
            req.AddHeader("Authorization", $"Bearer {AttachmentServiceToken}");
            return await _client.DownloadDataAsync(req, ct);
        }

        public void Dispose() => _client.Dispose();
    }
}
''', jwt=j, t2=t2)
    return d


@doc
def flurl():
    d = Doc("flurl-http-code", "InventorySync.cs", "c# http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "hubspot"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    d.text = T('''using Flurl;
using Flurl.Http;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Lager.Sync
{
    /// <summary>Pushes stock levels to the CRM and to the web shop.</summary>
    public static class InventorySync
    {
        static readonly string CrmBase = "https://api.hubapi.com";
        static readonly string ShopBase = "https://admin.trädgårdsbutiken.se/api";

        public static async Task PushToCrmAsync(IEnumerable<StockLevel> levels)
        {
            foreach (var chunk in levels.Chunk(100))
            {
                await CrmBase
                    .AppendPathSegments("crm", "v3", "objects", "products", "batch", "update")
                    .WithOAuthBearerToken("⟨t1⟩")
                    .WithTimeout(20)
                    .PostJsonAsync(new
                    {
                        inputs = chunk.Select(l => new { id = l.CrmId, properties = new { stock_level = l.Quantity } })
                    });
            }
        }

        public static async Task PushToShopAsync(IEnumerable<StockLevel> levels)
        {
            var result = await ShopBase
                .AppendPathSegment("stock")
                .WithHeader("Authorization", "Bearer ⟨t2⟩")
                .WithHeader("X-Shop-Id", "tradgard-se")
                .AllowHttpStatus(409)
                .PutJsonAsync(levels.Select(l => new { sku = l.Sku, qty = l.Quantity }));
            if (result.StatusCode == 409)
            {
                // conflict: a manual stock take is running in the shop admin; try again next run
            }
        }
    }
}
''', t1=t1, t2=t2)
    return d


@doc
def go_oauth2_static():
    d = Doc("go-oauth2-static-token", "client.go", "go http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "dop"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    ws = d.L("generic-secret", alnum(r, 40))
    d.text = T('''// Package dnsync keeps the DigitalOcean DNS zone in step with the inventory.
package dnsync

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/digitalocean/godo"
	"golang.org/x/oauth2"
)

// doToken is the fallback token for local runs; CI sets DO_TOKEN.
const doToken = "⟨t1⟩"

// cmdbWebhookSecret verifies change notifications from the CMDB (HMAC-SHA256).
const cmdbWebhookSecret = "⟨ws⟩"

// inventoryToken reads the CMDB API; scope: hosts:read.
var inventoryToken = envOr("CMDB_TOKEN", "⟨t2⟩")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// NewDO returns a godo client authenticated with a static token source.
func NewDO(ctx context.Context) *godo.Client {
	tok := envOr("DO_TOKEN", doToken)
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok, TokenType: "Bearer"})
	return godo.NewClient(oauth2.NewClient(ctx, ts))
}

// Hosts fetches the host list from the CMDB.
func Hosts(ctx context.Context) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://cmdb.infra.lokalt.nu/api/v1/hosts?env=prod", nil)
	if err != nil {
		return nil, fmt.Errorf("cmdb request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+inventoryToken)
	req.Header.Set("Accept", "application/json")
	return http.DefaultClient.Do(req)
}
''', t1=t1, t2=t2, ws=ws)
    return d


@doc
def reqwest_bearer():
    d = Doc("reqwest-bearer-auth", "upload.rs", "rust http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "b64url"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    d.text = T('''//! Uploads finished render jobs to the asset store and notifies the review board.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use serde_json::json;
use tokio::fs;

const ASSET_STORE: &str = "https://assets.renderfarm.kollektivet.io/api/v2";
/// Service token for the farm's upload role. Rotated with the farm secrets every quarter.
const UPLOAD_TOKEN: &str = "⟨t1⟩";

pub struct Uploader {
    http: reqwest::Client,
}

impl Uploader {
    pub fn new() -> Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(120))
            .user_agent("render-uploader/0.9")
            .build()?;
        Ok(Self { http })
    }

    pub async fn upload(&self, job_id: &str, file: &Path) -> Result<String> {
        let bytes = fs::read(file).await.with_context(|| format!("reading {}", file.display()))?;
        let resp = self
            .http
            .put(format!("{ASSET_STORE}/jobs/{job_id}/output"))
            .bearer_auth(UPLOAD_TOKEN)
            .header(CONTENT_TYPE, "application/octet-stream")
            .body(bytes)
            .send()
            .await?
            .error_for_status()?;
        let v: serde_json::Value = resp.json().await?;
        Ok(v["asset_id"].as_str().unwrap_or_default().to_owned())
    }

    pub async fn notify_review(&self, job_id: &str, asset_id: &str) -> Result<()> {
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer ⟨t2⟩"));
        self.http
            .post("https://review.kollektivet.io/hooks/render-done")
            .headers(headers)
            .json(&json!({ "job": job_id, "asset": asset_id }))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
''', t1=t1, t2=t2)
    return d


@doc
def symfony_httpclient():
    d = Doc("symfony-httpclient-code", "CrmClient.php", "php http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "intercom"))
    whs = d.L("generic-secret", hexs(r, 64))
    d.text = T('''<?php

declare(strict_types=1);

namespace App\\Service;

use Psr\\Log\\LoggerInterface;
use Symfony\\Component\\HttpClient\\HttpClient;
use Symfony\\Contracts\\HttpClient\\HttpClientInterface;

/**
 * Mirrors new members to the CRM and opens a conversation in the support inbox.
 */
final class CrmClient
{
    /** HMAC key the CRM uses to sign its callbacks (X-Crm-Signature). */
    private const CALLBACK_SIGNING_KEY = '⟨whs⟩';

    private HttpClientInterface $crm;
    private HttpClientInterface $inbox;

    public function __construct(private readonly LoggerInterface $logger)
    {
        $this->crm = HttpClient::createForBaseUri('https://crm.medlemsportalen.se/api/v1/', [
            'auth_bearer' => '⟨t1⟩',
            'headers' => ['Accept' => 'application/json'],
            'timeout' => 10,
        ]);

        $this->inbox = HttpClient::create([
            'base_uri' => 'https://api.intercom.io/',
            'headers' => [
                'Authorization' => 'Bearer ⟨t2⟩',
                'Intercom-Version' => '2.11',
            ],
        ]);
    }

    public function upsertMember(array $member): void
    {
        $response = $this->crm->request('PUT', 'contacts/'.$member['id'], ['json' => $member]);
        if (200 !== $response->getStatusCode()) {
            $this->logger->warning('crm upsert failed', ['status' => $response->getStatusCode()]);
        }
    }

    public function openWelcomeConversation(string $contactId): void
    {
        $this->inbox->request('POST', 'conversations', [
            'json' => ['from' => ['type' => 'contact', 'id' => $contactId], 'body' => 'Välkommen som medlem!'],
        ]);
    }
}
''', t1=t1, t2=t2, whs=whs)
    return d


@doc
def elixir_req():
    d = Doc("elixir-req-code", "client.ex", "elixir http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    sig = d.L("generic-secret", b64url(r, 32))
    d.text = T('''defmodule Billing.PaymentsClient do
  @moduledoc """
  Talks to the payment orchestration service. All calls are idempotent on
  `:idempotency_key`.
  """

  require Logger

  # service-to-service token, see ops/runbooks/payments.md#tokens
  @token "⟨t1⟩"
  # shared secret for verifying payment-status callbacks (Plug.Crypto.secure_compare)
  @callback_secret "⟨sig⟩"

  def new(opts \\\\ []) do
    Req.new(
      base_url: Keyword.get(opts, :base_url, "https://payments.intern.fakturera.nu/api"),
      auth: {:bearer, Keyword.get(opts, :token, @token)},
      retry: :transient,
      receive_timeout: 15_000
    )
  end

  def capture(req, invoice_id, amount_ore, key) do
    req
    |> Req.post(
      url: "/captures",
      json: %{invoice: invoice_id, amount: amount_ore, currency: "SEK"},
      headers: [{"idempotency-key", key}]
    )
    |> handle()
  end

  def refunds_report(date) do
    Req.get!("https://reports.fakturera.nu/refunds",
      params: [date: Date.to_iso8601(date)],
      headers: [{"authorization", "Bearer ⟨t2⟩"}]
    ).body
  end

  defp handle({:ok, %Req.Response{status: status, body: body}}) when status in 200..299, do: {:ok, body}

  defp handle({:ok, %Req.Response{status: status, body: body}}) do
    Logger.warning("payments returned #{status}: #{inspect(body)}")
    {:error, status}
  end

  defp handle({:error, e}), do: {:error, e}
end
''', t1=t1, t2=t2, sig=sig)
    return d


@doc
def ktor_client_auth():
    d = Doc("ktor-client-auth-plugin", "HttpClientFactory.kt", "kotlin http client code")
    r = d.rng
    acc = d.L("bearer-token", bearer(r, "b64url"))
    ref = d.L("generic-secret", b64url(r, 48))
    d.text = T('''package se.parkera.app.data

import io.ktor.client.HttpClient
import io.ktor.client.engine.okhttp.OkHttp
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.bearer
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.logging.LogLevel
import io.ktor.client.plugins.logging.Logging
import io.ktor.serialization.kotlinx.json.json
import kotlinx.serialization.json.Json

object HttpClientFactory {

    fun create(store: TokenStore, debug: Boolean): HttpClient = HttpClient(OkHttp) {
        install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
        install(Logging) {
            level = if (debug) LogLevel.HEADERS else LogLevel.NONE
            sanitizeHeader { header -> header == "Authorization" }
        }
        install(Auth) {
            bearer {
                loadTokens {
                    store.load() ?: BearerTokens(
                        // pre-provisioned kiosk session for the parking terminals (KIOSK-31)
                        accessToken = "⟨acc⟩",
                        refreshToken = "⟨ref⟩"
                    )
                }
                refreshTokens {
                    val fresh = store.refresh(oldTokens?.refreshToken)
                    fresh?.let { BearerTokens(it.access, it.refresh) }
                }
                sendWithoutRequest { request -> request.url.host == "api.parkera.se" }
            }
        }
    }
}
''', acc=acc, ref=ref)
    return d


@doc
def dart_chopper():
    d = Doc("dart-chopper-services", "auth_interceptor.dart", "dart http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://auth.bokacykel.se", "bike-api", scope="rentals")))
    d.text = T('''import 'dart:async';

import 'package:chopper/chopper.dart';

import 'session.dart';

/// Anonymous token for the public station map, shared by every install.
const _stationMapToken = '⟨t1⟩';

/// Token used by the integration_test/ driver against the staging stack.
const stagingRiderToken =
    '⟨jwt⟩';

class AuthInterceptor implements Interceptor {
  AuthInterceptor(this.session);

  final Session session;

  @override
  FutureOr<Response<BodyType>> intercept<BodyType>(Chain<BodyType> chain) async {
    final req = chain.request;
    final token = req.uri.path.startsWith('/stations')
        ? _stationMapToken
        : (await session.accessToken()) ?? '';
    final authed = applyHeader(req, 'Authorization', 'Bearer $token');
    return chain.proceed(authed);
  }
}

ChopperClient buildClient(Session session) => ChopperClient(
      baseUrl: Uri.parse('https://api.bokacykel.se'),
      interceptors: [AuthInterceptor(session), HttpLoggingInterceptor(level: Level.basic)],
      converter: const JsonConverter(),
    );
''', t1=t1, jwt=j)
    return d


@doc
def invoke_restmethod():
    d = Doc("invoke-restmethod-scripts", "Sync-Tickets.ps1", "powershell script")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    t3 = d.L("bearer-token", bearer(r, "linear"))
    d.text = T('''<#
.SYNOPSIS
    Copies open incidents from the service desk into the engineering tracker.
.NOTES
    Scheduled task "Sync-Tickets" on MGMT01, every 15 minutes, runs as svc-sync.
    Changed 2026-01-12: Linear instead of the old tracker.
#>
[CmdletBinding()]
param(
    [int]$Hours = 1,
    [switch]$WhatIf
)

$ErrorActionPreference = 'Stop'
$deskToken = '⟨t1⟩'
$deskHeaders = @{
    Authorization = "Bearer $deskToken"
    Accept        = 'application/json'
}

$since = (Get-Date).AddHours(-$Hours).ToString('o')
$incidents = Invoke-RestMethod -Uri "https://servicedesk.kommunit.se/api/v3/incidents?updated_since=$since&state=open" -Headers $deskHeaders

# the reporting API only accepts a SecureString token on PS 7
$reportToken = ConvertTo-SecureString '⟨t2⟩' -AsPlainText -Force
Invoke-RestMethod -Method Post -Uri 'https://rapport.kommunit.se/api/sync-runs' `
    -Authentication Bearer -Token $reportToken `
    -Body (@{ started = (Get-Date).ToString('o'); count = $incidents.Count } | ConvertTo-Json) `
    -ContentType 'application/json' | Out-Null

foreach ($i in $incidents) {
    $query = @"
mutation { issueCreate(input: { teamId: "ENG", title: "[SD-$($i.id)] $($i.subject -replace '"','')" }) { success issue { identifier } } }
"@
    if ($WhatIf) { Write-Host "would create SD-$($i.id)"; continue }
    $res = Invoke-RestMethod -Method Post -Uri 'https://api.linear.app/graphql' `
        -Headers @{ Authorization = 'Bearer ⟨t3⟩' } `
        -ContentType 'application/json' -Body (@{ query = $query } | ConvertTo-Json)
    Write-Verbose "SD-$($i.id) -> $($res.data.issueCreate.issue.identifier)"
}
''', t1=t1, t2=t2, t3=t3)
    return d


@doc
def superagent():
    d = Doc("superagent-node-code", "export.js", "node http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "typeform"))
    d.text = T(''''use strict';

// Nightly export of survey answers into the data lake.
const request = require('superagent');
const { createWriteStream } = require('node:fs');

const LAKE_TOKEN = process.env.LAKE_TOKEN || '⟨t1⟩';
const FORMS = ['Xh2kPq', 'bR7wLm', 'Zt4cNe'];

async function fetchResponses(formId, before) {
  const res = await request
    .get(`https://api.typeform.com/forms/${formId}/responses`)
    .query({ page_size: 1000, before })
    .set('Authorization', 'Bearer ⟨t2⟩')
    .retry(2);
  return res.body.items;
}

async function upload(name, rows) {
  await request
    .put(`https://lake-ingest.analys.vastkom.se/raw/surveys/${name}`)
    .auth(LAKE_TOKEN, { type: 'bearer' })
    .type('application/x-ndjson')
    .send(rows.map((r) => JSON.stringify(r)).join('\\n'));
}

(async () => {
  for (const id of FORMS) {
    const rows = await fetchResponses(id);
    await upload(`${id}-${new Date().toISOString().slice(0, 10)}.ndjson`, rows);
    console.log(`exported ${rows.length} responses for ${id}`);
  }
})().catch((e) => {
  console.error(e.status, e.response && e.response.text);
  process.exit(1);
});
''', t1=t1, t2=t2)
    return d


@doc
def ky_hooks():
    d = Doc("ky-hooks-client", "api.ts", "typescript http client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "b64url"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    pk = d.X("pk_live_" + alnum(r, 24))
    d.text = T('''import ky, { type KyInstance } from 'ky';

// Public config (safe to ship): publishable key for the card element.
export const STRIPE_PUBLISHABLE_KEY = '⟨pk⟩';

// Kiosk mode token for the self-service terminals in the library branches.
const KIOSK_TOKEN = '⟨t1⟩';

export function createApi(getUserToken: () => string | undefined): KyInstance {
  return ky.create({
    prefixUrl: 'https://api.biblioteket-norr.se/v1',
    timeout: 10_000,
    retry: { limit: 2, statusCodes: [502, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          const token = getUserToken() ?? KIOSK_TOKEN;
          request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
      afterResponse: [
        async (_request, _options, response) => {
          if (response.status === 401) window.dispatchEvent(new Event('session-expired'));
        },
      ],
    },
  });
}

// Covers API, used by the book detail page only.
export const coversApi = ky.create({
  prefixUrl: 'https://covers.bokinfo-tjanst.se/api',
  headers: { Authorization: 'Bearer ⟨t2⟩' },
});
''', t1=t1, t2=t2, pk=pk)
    return d


@doc
def graphql_request():
    d = Doc("graphql-request-ts", "backfill-orders.ts", "typescript graphql client script")
    r = d.rng
    j = d.L("jwt|bearer-token", jwt(r, _claims(r, "https://hasura.lunchkollen.se", "hasura",
                                              extra={"https://hasura.io/jwt/claims": {"x-hasura-default-role": "backfill",
                                                                                     "x-hasura-allowed-roles": ["backfill"]}}), alg="HS256"))
    t2 = d.L("bearer-token", bearer(r, "opaque"))
    cur = d.X(b64url(r, 24))
    d.text = T('''#!/usr/bin/env -S npx tsx
/**
 * One-off: backfill order_totals for orders created before the 2025-11 migration.
 * Usage: npx tsx scripts/backfill-orders.ts [--dry]
 */
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://hasura.lunchkollen.se/v1/graphql', {
  headers: {
    authorization:
      'Bearer ⟨jwt⟩',
  },
});

const pos = new GraphQLClient('https://pos-gateway.lunchkollen.se/graphql', {
  headers: () => ({ authorization: 'Bearer ⟨t2⟩', 'x-client': 'backfill' }),
});

const ORDERS = gql`
  query Orders($after: String) {
    orders(first: 200, after: $after, where: { total: { _is_null: true } }) {
      pageInfo { endCursor hasNextPage }
      nodes { id posReference }
    }
  }
`;

async function main(dry: boolean) {
  // resume point from the last run (2026-01-30, stopped at 40 000 orders)
  let after: string | null = '⟨cur⟩';
  do {
    const page: any = await client.request(ORDERS, { after });
    for (const o of page.orders.nodes) {
      const t: any = await pos.request(gql`query($r: ID!) { receipt(ref: $r) { total } }`, { r: o.posReference });
      if (!dry) await client.request(gql`mutation($id: uuid!, $t: numeric!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {total: $t}) { id } }`, { id: o.id, t: t.receipt.total });
    }
    after = page.orders.pageInfo.hasNextPage ? page.orders.pageInfo.endCursor : null;
  } while (after);
}

main(process.argv.includes('--dry')).catch((e) => { console.error(e); process.exit(1); });
''', jwt=j, t2=t2, cur=cur)
    return d


@doc
def apollo_ios():
    d = Doc("apollo-ios-interceptor", "TokenAddingInterceptor.swift", "swift graphql client code")
    r = d.rng
    t1 = d.L("bearer-token", bearer(r, "opaque"))
    t2 = d.L("bearer-token", bearer(r, "hex"))
    d.text = T('''import Apollo
import ApolloAPI
import Foundation

/// Adds the bearer token to every GraphQL operation.
final class TokenAddingInterceptor: ApolloInterceptor {
    let id = UUID().uuidString

    /// Preview builds (TestFlight "internal" group) talk to the preview API with a shared token.
    private static let previewToken = "⟨t1⟩"

    private let session: SessionStore

    init(session: SessionStore) {
        self.session = session
    }

    func interceptAsync<Operation: GraphQLOperation>(
        chain: RequestChain,
        request: HTTPRequest<Operation>,
        response: HTTPResponse<Operation>?,
        completion: @escaping (Result<GraphQLResult<Operation.Data>, Error>) -> Void
    ) {
        #if PREVIEW
        request.addHeader(name: "Authorization", value: "Bearer \\(Self.previewToken)")
        #else
        if let token = session.accessToken {
            request.addHeader(name: "Authorization", value: "Bearer \\(token)")
        }
        #endif
        chain.proceedAsync(request: request, response: response, interceptor: self, completion: completion)
    }
}

enum ImageCDN {
    /// Signed image resizing on the CDN; the token only allows GET /img/*.
    static func request(for path: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://img.matkassen-app.se/img/\\(path)")!)
        req.setValue("Bearer ⟨t2⟩", forHTTPHeaderField: "Authorization")
        return req
    }
}
''', t1=t1, t2=t2)
    return d
