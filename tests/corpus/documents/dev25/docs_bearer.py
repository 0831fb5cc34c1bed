"""Bearer tokens in client code, proxies, gateways, automation platforms and logs."""
import json

from core import tdoc, doc

M = "bearer"

tdoc(M, "nginx-njs-upstream-auth", "nginx/njs/upstream_auth.js", "nginx njs module adding upstream auth", r'''// upstream_auth.js -- njs module loaded by /etc/nginx/conf.d/partner-gw.conf
//
//   js_path "/etc/nginx/njs/";
//   js_import auth from upstream_auth.js;
//   js_set $upstream_authorization auth.authorization;
//   proxy_set_header Authorization $upstream_authorization;
//
// Tokens are issued by the partner portal and are valid for 365 days.
// Rotation is tracked in OPS-2291. Config bundle checksum: ⟨sha256⟩

const TOKENS = {
    'erp.partner.lagerhuset.se': '⟨bt:an48⟩',
    'wms.partner.lagerhuset.se': '⟨bt:hex64⟩',
    'staging.partner.lagerhuset.se': 'dev-local-token'
};

function authorization(r) {
    const host = (r.headersIn['Host'] || '').toLowerCase();
    const tok = TOKENS[host];
    if (!tok) {
        r.warn(`upstream_auth: no token for host=${host} req=${r.variables.request_id}`);
        return '';
    }
    return 'Bearer ' + tok;
}

function trace(r) {
    r.log(`upstream=${r.variables.upstream_addr} status=${r.variables.upstream_status} req_id=${r.variables.request_id}`);
}

export default { authorization, trace };
''')

tdoc(M, "swift-asynchttpclient-code", "Sources/PushRelay/PushRelayClient.swift", "server-side swift http client code", r'''import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Relays notification payloads from the Vapor app to the internal push gateway.
struct PushRelayClient {
    static let gatewayURL = "https://push-gw.internal.kvartersappen.se/v2/messages"
    // TODO(ops): move to Environment.get("PUSH_RELAY_TOKEN") once the gateway supports rotation
    static let relayToken = "⟨bt:b64u48⟩"

    let http: HTTPClient

    func send(deviceToken: String, payload: Data) async throws -> HTTPClientResponse {
        var req = HTTPClientRequest(url: Self.gatewayURL)
        req.method = .POST
        req.headers.add(name: "Authorization", value: "Bearer \(Self.relayToken)")
        req.headers.add(name: "Content-Type", value: "application/json")
        req.headers.add(name: "X-Request-ID", value: UUID().uuidString)
        req.headers.add(name: "X-Device", value: deviceToken)
        req.body = .bytes(ByteBuffer(data: payload))
        return try await http.execute(req, timeout: .seconds(10))
    }

    func reportMetrics(_ lines: [String]) async throws {
        var req = HTTPClientRequest(url: "https://metrics.kvartersappen.se/ingest")
        req.method = .POST
        let metricsAuth: HTTPHeaders = ["Authorization": "Bearer ⟨bt:an40⟩", "Content-Type": "text/plain"]
        req.headers.add(contentsOf: metricsAuth)
        req.body = .bytes(ByteBuffer(string: lines.joined(separator: "\n")))
        _ = try await http.execute(req, timeout: .seconds(5))
    }
}

// APNs sandbox device token used by PushRelayClientTests:
// ⟨hex:64⟩
''')

tdoc(M, "go-grpc-perrpc-creds", "internal/rpcauth/static.go", "go grpc per-RPC credentials code", r'''package rpcauth

import (
	"context"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// staticToken implements credentials.PerRPCCredentials.
type staticToken struct {
	token  string
	secure bool
}

func (s staticToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + s.token}, nil
}

func (s staticToken) RequireTransportSecurity() bool { return s.secure }

// defaultLedgerToken is used when LEDGER_TOKEN is unset (batch hosts without the env file).
// Reproduce by hand:
//   grpcurl -H 'authorization: Bearer ⟨bt:hex40⟩' ledger.prod.internal:443 ledger.v1.Ledger/GetBalance
const defaultLedgerToken = "⟨bt:an43⟩"

func DialLedger(addr string) (*grpc.ClientConn, error) {
	tok := os.Getenv("LEDGER_TOKEN")
	if tok == "" {
		tok = defaultLedgerToken
	}
	return grpc.NewClient(addr,
		grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")),
		grpc.WithPerRPCCredentials(staticToken{token: tok, secure: true}),
	)
}

// DialLocal is for the docker-compose stack; the fake server accepts any token.
func DialLocal(addr string) (*grpc.ClientConn, error) {
	return grpc.NewClient(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithPerRPCCredentials(staticToken{token: "local-dev-token"}),
	)
}
''')

tdoc(M, "spring-resttemplate-interceptor", "src/main/java/se/fraktbolaget/integration/CarrierApiConfig.java",
     "spring resttemplate interceptor configuration", r'''package se.fraktbolaget.integration;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestTemplate;

@Configuration
public class CarrierApiConfig {

    private static final Logger log = LoggerFactory.getLogger(CarrierApiConfig.class);

    // issued 2025-11-03 via the carrier partner portal, expires 2026-11-03 (ticket FRAKT-812)
    private static final String CARRIER_API_TOKEN = "⟨bt:an64⟩";

    @Value("${carrier.api.base-url:https://api.carrier-partner.eu}")
    private String baseUrl;

    @Value("${tracking.api.token:}")
    private String trackingToken;

    @Bean
    public RestTemplate carrierRestTemplate(RestTemplateBuilder builder) {
        log.info("carrier api base url {}", baseUrl);
        return builder
                .rootUri(baseUrl)
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .additionalInterceptors((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(CARRIER_API_TOKEN);
                    request.getHeaders().add("X-Correlation-Id", MDC.get("traceId"));
                    return execution.execute(request, body);
                })
                .build();
    }

    @Bean
    public RestTemplate trackingRestTemplate(RestTemplateBuilder builder) {
        ClientHttpRequestInterceptor auth = (req, body, ex) -> {
            if (trackingToken.isBlank()) {
                req.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer ⟨bt:b64u32⟩");
            } else {
                req.getHeaders().setBearerAuth(trackingToken);
            }
            return ex.execute(req, body);
        };
        return builder.rootUri("https://tracking.carrier-partner.eu/v3").additionalInterceptors(auth).build();
    }
}
''')

tdoc(M, "csharp-grpc-callcredentials", "src/Ordering.Client/Program.cs", "c# grpc client with call credentials", r'''using Grpc.Core;
using Grpc.Net.Client;
using Ordering.Contracts;

// Service-to-service token for the ordering API (tenant: hallonbolaget). Issued 2026-01-08.
const string ServiceToken = "⟨bt:b64:40⟩";

var credentials = CallCredentials.FromInterceptor((context, metadata) =>
{
    metadata.Add("Authorization", $"Bearer {ServiceToken}");
    return Task.CompletedTask;
});

using var channel = GrpcChannel.ForAddress("https://ordering.svc.hallonbolaget.se:5001", new GrpcChannelOptions
{
    Credentials = ChannelCredentials.Create(new SslCredentials(), credentials),
    MaxReceiveMessageSize = 8 * 1024 * 1024
});

var client = new OrderService.OrderServiceClient(channel);
var reply = await client.GetOrderAsync(new GetOrderRequest { OrderId = "⟨uuid⟩" });
Console.WriteLine($"order {reply.OrderId} status={reply.Status} lines={reply.Lines.Count}");

// Per-call override used by the nightly reconciliation job (other tenant):
var headers = new Metadata
{
    { "authorization", "Bearer ⟨bt:hex40⟩" },
    { "x-tenant", "hallon-outlet" }
};
using var call = client.ListOrders(new ListOrdersRequest { Since = "2026-01-01T00:00:00Z" }, headers);
await foreach (var o in call.ResponseStream.ReadAllAsync())
{
    Console.WriteLine($"{o.OrderId};{o.Total};{o.Currency}");
}
''')

tdoc(M, "rust-tonic-interceptor", "src/bin/stock_probe.rs", "rust tonic grpc client interceptor", r'''use tonic::{metadata::MetadataValue, transport::Channel, Request, Status};

pub mod inventory {
    tonic::include_proto!("inventory.v1");
}
use inventory::inventory_client::InventoryClient;

// read-only token for the stock probe, see runbook "lager/probe.md"
const INVENTORY_TOKEN: &str = "⟨bt:an40⟩";

fn auth(mut req: Request<()>) -> Result<Request<()>, Status> {
    let token: MetadataValue<_> = format!("Bearer {INVENTORY_TOKEN}")
        .parse()
        .map_err(|_| Status::internal("bad token"))?;
    req.metadata_mut().insert("authorization", token);
    Ok(req)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let channel = Channel::from_static("https://inventory.lager.internal:50051")
        .connect()
        .await?;
    let mut client = InventoryClient::with_interceptor(channel, auth);
    let resp = client
        .get_stock(Request::new(inventory::StockRequest { sku: "SKU-20931".into(), warehouse: 3 }))
        .await?;
    println!("{:?}", resp.into_inner());

    // the legacy v0 endpoint still wants a fixed header value
    let legacy = Channel::from_static("http://inventory-v0.lager.internal:50052").connect().await?;
    let mut req = Request::new(inventory::StockRequest { sku: "SKU-20931".into(), warehouse: 1 });
    let v: MetadataValue<_> = "Bearer ⟨bt:hex32⟩".parse()?;
    req.metadata_mut().insert("authorization", v);
    let mut old = InventoryClient::new(legacy);
    println!("{:?}", old.get_stock(req).await?.into_inner());
    Ok(())
}
''')

tdoc(M, "wordpress-wp-remote-request", "wp-content/plugins/lagersaldo-sync/includes/class-lagersaldo-api.php",
     "wordpress plugin http api client", r'''<?php
/**
 * Lagersaldo Sync - API client.
 *
 * @package Lagersaldo_Sync
 * @since   2.4.0
 */

defined( 'ABSPATH' ) || exit;

class Lagersaldo_API {

	const ENDPOINT = 'https://api.lagersaldo.se/v3/';

	// Fallback if the option lagersaldo_api_token is empty (set by the onboarding wizard).
	const FALLBACK_TOKEN = '⟨bt:an40⟩';

	public static function get( $path, $args = array() ) {
		$token    = get_option( 'lagersaldo_api_token', self::FALLBACK_TOKEN );
		$response = wp_remote_get(
			add_query_arg( $args, self::ENDPOINT . ltrim( $path, '/' ) ),
			array(
				'timeout' => 15,
				'headers' => array(
					'Authorization' => 'Bearer ' . $token,
					'Accept'        => 'application/json',
					'User-Agent'    => 'Lagersaldo-Sync/2.4.1; ' . home_url(),
				),
			)
		);
		if ( is_wp_error( $response ) ) {
			error_log( '[lagersaldo] ' . $response->get_error_message() );
			return null;
		}
		return json_decode( wp_remote_retrieve_body( $response ), true );
	}

	public static function ping_webhook() {
		return wp_remote_post(
			'https://hooks.lagersaldo.se/in/48213',
			array(
				'headers' => array(
					'Authorization' => 'Bearer ⟨bt:an32⟩',
					'Content-Type'  => 'application/json',
				),
				'body'    => wp_json_encode( array( 'ping' => time(), 'nonce' => wp_create_nonce( 'lagersaldo' ) ) ),
			)
		);
	}
}
''')


@doc(M, "excon-debug-output", "log/excon-debug.log", "ruby excon debug output (EXCON_DEBUG=true)")
def excon(d):
    tok = d.lab("gsbt", "b64u32")
    ip = d.lab("ip4")
    return d.T(r'''I, [2026-01-19T08:41:12.220418 #2291]  INFO -- : starting ShipmentSync (excon 0.112.0)
excon.request
  :chunk_size              => 1048576
  :ciphers                 => "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256"
  :connect_timeout         => 60
  :debug_request           => true
  :debug_response          => true
  :headers                 => {
    "Authorization" => REDACTED
    "Host"          => "api.fraktnod.se"
    "User-Agent"    => "fog-core/2.4.0"
    "X-Request-Id"  => "⟨uuid⟩"
  }
  :host                    => "api.fraktnod.se"
  :hostname                => "api.fraktnod.se"
  :idempotent              => true
  :method                  => :get
  :path                    => "/v2/shipments"
  :port                    => 443
  :query                   => {
    "access_token" => "''' + tok + r'''"
    "since"        => "2026-01-18T00:00:00Z"
  }
  :read_timeout            => 60
  :retry_limit             => 4
  :scheme                  => "https"
  :ssl_verify_peer         => true
  :write_timeout           => 60
excon.response
  :body          => "{\"shipments\":[],\"next\":null}"
  :cookies       => [
  ]
  :headers       => {
    "Content-Type"     => "application/json; charset=utf-8"
    "Date"             => "Mon, 19 Jan 2026 08:41:12 GMT"
    "ETag"             => "W/\"⟨hex:32⟩\""
    "X-Request-Id"     => "⟨uuid⟩"
  }
  :host          => "api.fraktnod.se"
  :local_address => "''' + d.ipv4_private() + r'''"
  :local_port    => 50412
  :path          => "/v2/shipments"
  :port          => 443
  :reason_phrase => "OK"
  :remote_ip     => "''' + ip + r'''"
  :status        => 200
  :status_line   => "HTTP/1.1 200 OK\r\n"
I, [2026-01-19T08:41:12.301877 #2291]  INFO -- : 0 shipments since 2026-01-18T00:00:00Z
''')


@doc(M, "aws-lambda-authorizer-events", "events/authorizer-events.jsonl", "api gateway lambda authorizer events (logged)")
def authorizer(d):
    acct = "".join(d.pick("123456789") for _ in range(12))
    api = d.s("abcdefghijklmnopqrstuvwxyz0123456789", 10)
    lines = []
    t1 = d.lab("bt", "an40")
    lines.append({"type": "TOKEN", "authorizationToken": "Bearer " + t1,
                  "methodArn": f"arn:aws:execute-api:eu-north-1:{acct}:{api}/prod/GET/orders"})
    jw = d.lab("jbt", "RS256")
    ip1 = d.lab("ip4")
    rid = d.uuid()
    lines.append({"type": "REQUEST", "methodArn": f"arn:aws:execute-api:eu-north-1:{acct}:{api}/prod/POST/orders",
                  "resource": "/orders", "path": "/orders", "httpMethod": "POST",
                  "headers": {"Accept": "application/json", "Authorization": "Bearer " + jw,
                              "Host": f"{api}.execute-api.eu-north-1.amazonaws.com",
                              "User-Agent": "okhttp/4.12.0", "X-Forwarded-For": ip1, "X-Forwarded-Port": "443",
                              "X-Forwarded-Proto": "https"},
                  "queryStringParameters": {"source": "app"},
                  "requestContext": {"accountId": acct, "apiId": api, "stage": "prod", "requestId": rid,
                                     "identity": {"sourceIp": ip1, "userAgent": "okhttp/4.12.0"}}})
    t3 = d.lab("bt", "hex64")
    ip2 = d.lab("ip4")
    lines.append({"version": "2.0", "type": "REQUEST",
                  "routeArn": f"arn:aws:execute-api:eu-north-1:{acct}:{api}/$default/GET/v2/profile",
                  "identitySource": ["Bearer " + t3], "routeKey": "GET /v2/profile", "rawPath": "/v2/profile",
                  "rawQueryString": "lang=sv",
                  "headers": {"authorization": "Bearer " + t3, "host": "api.hyrcykel.se", "x-forwarded-for": ip2},
                  "requestContext": {"accountId": acct, "apiId": api, "domainName": "api.hyrcykel.se",
                                     "http": {"method": "GET", "path": "/v2/profile", "protocol": "HTTP/1.1",
                                              "sourceIp": ip2, "userAgent": "HyrCykel/5.2.0 (iPhone; iOS 18.2)"},
                                     "requestId": d.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 14) + "=",
                                     "routeKey": "GET /v2/profile", "stage": "$default", "timeEpoch": int(d.epoch_ms())}})
    lines.append({"type": "TOKEN", "authorizationToken": "Bearer undefined",
                  "methodArn": f"arn:aws:execute-api:eu-north-1:{acct}:{api}/prod/GET/orders"})
    out = []
    stamps = ["2026-01-19T07:58:01.114Z", "2026-01-19T07:58:03.920Z", "2026-01-19T08:02:44.502Z", "2026-01-19T08:05:10.007Z"]
    for ts, ev in zip(stamps, lines):
        out.append(json.dumps({"timestamp": ts, "level": "DEBUG", "logger": "authorizer", "msg": "incoming event",
                               "event": ev}, separators=(",", ":")))
    return "\n".join(out) + "\n"


tdoc(M, "logstash-http-poller-input", "pipeline/partner-status.conf", "logstash http_poller pipeline", r'''# Polls partner status pages and ships them to the observability cluster.
# Owner: plattform@  -- see confluence "Logstash pipelines"
input {
  http_poller {
    urls => {
      fortnox_status => {
        method => get
        url => "https://api.partner-status.io/v1/components"
        headers => {
          Accept => "application/json"
          Authorization => "Bearer ⟨bt:an48⟩"
        }
      }
      carrier_health => {
        method => get
        url => "https://tracking.fraktpartner.se/health?verbose=1"
        headers => { "Authorization" => "Basic ⟨basic:logstash⟩" }
      }
      internal_queue => {
        url => "http://queue-metrics.int:9419/metrics"
        user => "metrics"
        password => "⟨pw:r⟩"
      }
    }
    request_timeout => 30
    schedule => { cron => "*/2 * * * * UTC" }
    codec => "json"
    metadata_target => "http_poller_metadata"
  }
}

filter {
  mutate { add_field => { "[@metadata][target_index]" => "partner-status-%{+YYYY.MM.dd}" } }
  if [http_poller_metadata][code] != 200 {
    mutate { add_tag => ["poll_failed"] }
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.obs.int:9200", "https://es02.obs.int:9200"]
    index => "%{[@metadata][target_index]}"
    api_key => "⟨lk:an20⟩:⟨gs:b64u16⟩"
    ssl_enabled => true
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
''')

tdoc(M, "elasticsearch-watcher-webhook", "watches/disk-usage-alert.json", "elasticsearch watcher definition with webhook actions", r'''{
  "metadata": {
    "owner": "plattform",
    "threshold_pct": 85,
    "runbook": "https://wiki.int/ops/disk-usage"
  },
  "trigger": {
    "schedule": { "interval": "10m" }
  },
  "input": {
    "search": {
      "request": {
        "indices": [ "metrics-system.filesystem-*" ],
        "body": {
          "size": 0,
          "query": { "range": { "@timestamp": { "gte": "now-10m" } } },
          "aggs": {
            "hosts": {
              "terms": { "field": "host.name", "size": 50 },
              "aggs": { "pct": { "max": { "field": "system.filesystem.used.pct" } } }
            }
          }
        }
      }
    }
  },
  "condition": {
    "script": "return ctx.payload.aggregations.hosts.buckets.stream().anyMatch(b -> b.pct.value > ctx.metadata.threshold_pct / 100.0);"
  },
  "actions": {
    "notify_chat_bridge": {
      "throttle_period": "1h",
      "webhook": {
        "scheme": "https",
        "host": "chat-bridge.ops.int",
        "port": 443,
        "method": "post",
        "path": "/api/v1/notify",
        "headers": {
          "Content-Type": "application/json",
          "Authorization": "Bearer ⟨bt:an40⟩"
        },
        "body": "{\"channel\":\"#drift\",\"text\":\"Disk > {{ctx.metadata.threshold_pct}}% on {{#ctx.payload.aggregations.hosts.buckets}}{{key}} {{/ctx.payload.aggregations.hosts.buckets}}\"}"
      }
    },
    "open_ticket": {
      "throttle_period": "6h",
      "webhook": {
        "scheme": "https",
        "host": "servicedesk.int",
        "port": 443,
        "method": "post",
        "path": "/api/v2/tickets",
        "auth": {
          "basic": {
            "username": "es-watcher",
            "password": "⟨pw:h|json⟩"
          }
        },
        "body": "{\"queue\":\"drift\",\"subject\":\"Disk usage alert\",\"watch_id\":\"{{ctx.watch_id}}\"}"
      }
    },
    "statuspage": {
      "webhook": {
        "scheme": "https",
        "host": "api.statuspage-nord.se",
        "port": 443,
        "method": "patch",
        "path": "/v1/components/⟨hex:24⟩",
        "headers": { "Authorization": "Bearer ⟨bt:hex64⟩" },
        "body": "{\"status\":\"degraded_performance\"}"
      }
    }
  }
}
''')


@doc(M, "actions-job-log-download", "logs/3_smoke-test.txt", "github actions job log as downloaded from the run page")
def gha_log(d):
    tok = d.lab("bt", "an40")
    ip = d.lab("ip4")
    sha = d.sha1()
    run = d.r.randint(11000000000, 12999999999)
    return f'''2026-01-19T10:12:03.4412930Z Requested labels: ubuntu-24.04
2026-01-19T10:12:03.4413280Z Job defined at: kvartersappen/api/.github/workflows/smoke.yml@refs/heads/main
2026-01-19T10:12:03.4413311Z Waiting for a runner to pick up this job...
2026-01-19T10:12:04.0917412Z Job is about to start running on the hosted runner: GitHub Actions 1000123 (hosted)
2026-01-19T10:12:06.8801234Z Current runner version: '2.321.0'
2026-01-19T10:12:06.8812011Z ##[group]Operating System
2026-01-19T10:12:06.8812557Z Ubuntu
2026-01-19T10:12:06.8812820Z 24.04.1
2026-01-19T10:12:06.8813001Z LTS
2026-01-19T10:12:06.8813221Z ##[endgroup]
2026-01-19T10:12:06.8821122Z ##[group]GITHUB_TOKEN Permissions
2026-01-19T10:12:06.8821980Z Contents: read
2026-01-19T10:12:06.8822311Z Metadata: read
2026-01-19T10:12:06.8822598Z ##[endgroup]
2026-01-19T10:12:06.8830114Z Secret source: Actions
2026-01-19T10:12:06.8830811Z Prepare workflow directory
2026-01-19T10:12:07.0112447Z Prepare all required actions
2026-01-19T10:12:07.0451203Z Getting action download info
2026-01-19T10:12:07.3310920Z Download action repository 'actions/checkout@v4' (SHA:{d.sha1()})
2026-01-19T10:12:08.1180013Z Complete job name: smoke-test
2026-01-19T10:12:08.2119041Z ##[group]Run actions/checkout@v4
2026-01-19T10:12:09.4410021Z HEAD is now at {sha[:7]} fix(api): tolerate empty cart on checkout
2026-01-19T10:12:09.4429981Z ##[endgroup]
2026-01-19T10:12:11.8807112Z ##[group]Run curl -sv -H "Authorization: Bearer ***" https://api.kvartersappen.se/healthz
2026-01-19T10:12:11.8807843Z curl -sv -H "Authorization: Bearer ***" https://api.kvartersappen.se/healthz
2026-01-19T10:12:11.8826317Z shell: /usr/bin/bash -e {{0}}
2026-01-19T10:12:11.8826580Z ##[endgroup]
2026-01-19T10:12:12.5511093Z > GET /healthz HTTP/2
2026-01-19T10:12:12.5511415Z > Host: api.kvartersappen.se
2026-01-19T10:12:12.5511620Z > Authorization: Bearer ***
2026-01-19T10:12:12.5511901Z > User-Agent: curl/8.5.0
2026-01-19T10:12:12.5512201Z >
2026-01-19T10:12:12.6120011Z < HTTP/2 200
2026-01-19T10:12:12.6121002Z {{"status":"ok","commit":"{sha}"}}
2026-01-19T10:12:14.0002011Z ##[group]Run ./scripts/smoke.sh staging
2026-01-19T10:12:14.0002560Z ./scripts/smoke.sh staging
2026-01-19T10:12:14.0003001Z shell: /usr/bin/bash -e {{0}}
2026-01-19T10:12:14.0003115Z env:
2026-01-19T10:12:14.0003389Z   SMOKE_BASE_URL: https://staging-api.kvartersappen.se
2026-01-19T10:12:14.0003690Z   SMOKE_TOKEN: {tok}
2026-01-19T10:12:14.0003921Z   GITHUB_RUN_ID: {run}
2026-01-19T10:12:14.0004102Z ##[endgroup]
2026-01-19T10:12:14.2210330Z *   Trying {ip}:443...
2026-01-19T10:12:14.2291043Z * Connected to staging-api.kvartersappen.se ({ip}) port 443
2026-01-19T10:12:14.2391110Z > POST /v1/cart HTTP/2
2026-01-19T10:12:14.2391551Z > Authorization: Bearer {tok}
2026-01-19T10:12:14.2391830Z > Content-Type: application/json
2026-01-19T10:12:14.3010041Z < HTTP/2 201
2026-01-19T10:12:14.3010992Z smoke: cart created, 3/3 checks passed
2026-01-19T10:12:14.4402219Z Post job cleanup.
2026-01-19T10:12:14.6612011Z Cleaning up orphan processes
'''


tdoc(M, "node-undici-request-code", "scripts/sync-prices.mjs", "node undici http client script", r'''#!/usr/bin/env node
// Nightly price sync: grossist API -> storefront. Run by cron on batch-02.
import { request, Agent, setGlobalDispatcher } from 'undici';
import { readFile, writeFile } from 'node:fs/promises';

setGlobalDispatcher(new Agent({ connect: { timeout: 10_000 }, keepAliveTimeout: 30_000 }));

const PRICE_API = 'https://prisapi.grossist.se';
const PRICE_TOKEN = process.env.PRICE_TOKEN ?? '⟨bt:b64u32⟩';
const STATE = '/var/lib/price-sync/state.json';

const state = JSON.parse(await readFile(STATE, 'utf8').catch(() => '{"since":"1970-01-01T00:00:00Z"}'));

const { statusCode, body } = await request(`${PRICE_API}/v2/prices?since=${encodeURIComponent(state.since)}`, {
  method: 'GET',
  headers: { authorization: `Bearer ${PRICE_TOKEN}`, 'x-client': 'price-sync/1.8.0' },
});
if (statusCode !== 200) {
  console.error('price api', statusCode, await body.text());
  process.exit(1);
}
const { items, cursor } = await body.json();
console.log(`fetched ${items.length} prices, cursor=${cursor}`);

// tell the storefront to revalidate (separate credential, owned by the web team)
await request('https://butik.grossist.se/api/internal/revalidate', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer ⟨bt:hex64⟩' },
  body: JSON.stringify({ tags: ['prices'], build: '⟨short:12⟩' }),
});

await writeFile(STATE, JSON.stringify({ since: new Date().toISOString(), cursor }));
''')

tdoc(M, "cf-worker-upstream-fetch", "src/index.ts", "edge worker proxying to an origin", r'''export interface Env {
  UPSTREAM: string;
  ORIGIN_TOKEN?: string;
  CACHE_ZONE: string;
}

// TEMP fallback until `wrangler secret put ORIGIN_TOKEN --env eu` has been run (BOOK-1184)
const FALLBACK_ORIGIN_TOKEN = "⟨bt:an56⟩";
const BUILD = "⟨short:10⟩";

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/__purge" && request.method === "POST") {
      ctx.waitUntil(purge(env));
      return new Response("queued", { status: 202 });
    }
    url.hostname = env.UPSTREAM ?? "origin.bokningsportalen.se";
    const headers = new Headers(request.headers);
    headers.set("Authorization", `Bearer ${env.ORIGIN_TOKEN ?? FALLBACK_ORIGIN_TOKEN}`);
    headers.set("X-Edge-Build", BUILD);
    headers.delete("Cookie");
    const resp = await fetch(url.toString(), { method: request.method, headers, body: request.body });
    const out = new Response(resp.body, resp);
    out.headers.set("Cache-Control", "public, max-age=60");
    return out;
  },
};

async function purge(env: Env): Promise<void> {
  await fetch(`https://api.cloudflare.com/client/v4/zones/${env.CACHE_ZONE}/purge_cache`, {
    method: "POST",
    headers: { Authorization: "Bearer ⟨bt:an40⟩", "Content-Type": "application/json" },
    body: JSON.stringify({ purge_everything: true }),
  });
}
''')

@doc(M, "kube-static-token-csv", "etc/kubernetes/auth/known_tokens.csv", "kube-apiserver static token file")
def static_tokens(d):
    rows = [("admin", "admin", "system:masters"), ("kubelet-bootstrap", "10001", "system:bootstrappers"),
            ("ci-deployer", "10002", "deployers,viewers"), ("grafana", "10003", "viewers"),
            ("backup-velero", "10004", "backup-operators")]
    out = []
    for user, uid, groups in rows:
        t = d.lab("bt", "an32")
        out.append(f'{t},{user},{uid},"{groups}"')
    return "\n".join(out) + "\n"


tdoc(M, "blackbox-exporter-modules-yml", "blackbox.yml", "prometheus blackbox exporter modules", r'''modules:
  http_2xx:
    prober: http
    timeout: 5s
    http:
      preferred_ip_protocol: ip4

  http_api_authed:
    prober: http
    timeout: 10s
    http:
      method: GET
      valid_status_codes: [200, 204]
      headers:
        Accept: application/json
      authorization:
        type: Bearer
        credentials: ⟨bt:an40⟩
      tls_config:
        insecure_skip_verify: false

  http_partner_basic:
    prober: http
    http:
      basic_auth:
        username: blackbox
        password: ⟨pw:r⟩

  http_post_graphql:
    prober: http
    http:
      method: POST
      headers:
        Content-Type: application/json
        Authorization: Bearer ⟨bt:hex40⟩
      body: '{"query":"{ health { ok } }"}'
      fail_if_body_not_matches_regexp:
        - '"ok":\s*true'

  http_search_internal:
    prober: http
    http:
      headers:
        Authorization: "Bearer ⟨bt:b64u32⟩"
      valid_status_codes: [200]

  http_vault_health:
    prober: http
    http:
      authorization:
        type: Bearer
        credentials_file: /etc/blackbox/vault-token

  tcp_smtp_starttls:
    prober: tcp
    tcp:
      query_response:
        - expect: "^220"
        - send: "EHLO prober\r"
        - expect: "STARTTLS"
''')

tdoc(M, "opa-rego-policy-test", "policy/authz_test.rego", "open policy agent rego unit tests", r'''package envoy.authz_test

import rego.v1

import data.envoy.authz

# Tokens below were copied from the staging IdP on 2026-01-12 to reproduce INC-4471.
# They are still valid for a while -- do not copy them anywhere else.
staging_admin_jwt := "⟨jbt:RS256⟩"

test_admin_can_delete_tenant if {
	authz.allow with input as {"attributes": {"request": {"http": {
		"method": "DELETE",
		"path": "/api/v1/tenants/42",
		"headers": {"authorization": concat(" ", ["Bearer", staging_admin_jwt])},
	}}}}
}

test_opaque_token_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {
		"method": "GET",
		"path": "/api/v1/tenants",
		"headers": {"authorization": "Bearer ⟨bt:an32⟩"},
	}}}}
}

test_placeholder_token_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {
		"method": "GET",
		"path": "/",
		"headers": {"authorization": "Bearer test-token"},
	}}}}
}

test_missing_header_denied if {
	not authz.allow with input as {"attributes": {"request": {"http": {"method": "GET", "path": "/", "headers": {}}}}}
}
''')

tdoc(M, "httpx-auth-flow-class", "src/fleet/clients.py", "python httpx custom auth classes", r'''"""HTTP clients for the fleet service.

Usage from a shell, for debugging:

    >>> import httpx
    >>> httpx.get("https://api.telematik-partner.eu/v1/vehicles",
    ...           headers={"Authorization": "Bearer ⟨bt:an40⟩"}).status_code
    200
"""
from __future__ import annotations

import time
import typing

import httpx


class StaticBearer(httpx.Auth):
    requires_response_body = False

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> typing.Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class RefreshingAuth(httpx.Auth):
    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, refresh_token: str) -> None:
        self.token_url, self.client_id, self.refresh_token = token_url, client_id, refresh_token
        self._access: str | None = None
        self._exp = 0.0

    def auth_flow(self, request):
        if self._access is None or time.time() > self._exp - 30:
            resp = yield httpx.Request("POST", self.token_url, data={
                "grant_type": "refresh_token", "client_id": self.client_id, "refresh_token": self.refresh_token})
            body = resp.json()
            self._access, self._exp = body["access_token"], time.time() + body["expires_in"]
        request.headers["Authorization"] = f"Bearer {self._access}"
        yield request


# fleet telematics (read-only) -- rotated quarterly, last rotation 2026-01-02
TELEMATICS_TOKEN = "⟨bt:b64u40⟩"
# charging partner: long-lived refresh token from the consent flow on 2025-12-15
CHARGING_CLIENT_ID = "fleet-svc-⟨lk:anl8⟩"
CHARGING_REFRESH_TOKEN = "⟨gs:b64u48⟩"

telematics = httpx.Client(base_url="https://api.telematik-partner.eu/v1", auth=StaticBearer(TELEMATICS_TOKEN), timeout=10.0)
charging = httpx.Client(
    base_url="https://api.laddpartner.se/v2",
    auth=RefreshingAuth("https://auth.laddpartner.se/oauth/token", CHARGING_CLIENT_ID, CHARGING_REFRESH_TOKEN),
    timeout=15.0,
)
''')


@doc(M, "zapier-code-step", "zaps/typeform-to-crm/step-3-code.js", "zapier code step (javascript)")
def zapier(d):
    return d.T(r'''// Zap: "New Typeform entry -> create lead in CRM" -- step 3 (Code by Zapier, JavaScript)
// inputData mapped from step 2. Sample from the last test run:
//   { "email": "⟨email:se⟩", "company": "Bryggeriet i Ystad AB", "phone": "⟨phone:SE,n⟩" }
const CRM_TOKEN = '⟨bt:an40⟩';

const res = await fetch('https://api.crm-nord.se/v1/leads', {
  method: 'POST',
  headers: {
    'Authorization': `Bearer ${CRM_TOKEN}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    email: inputData.email,
    company: inputData.company,
    phone: inputData.phone,
    source: 'typeform',
    campaign: 'vinter-2026',
  }),
});

const data = await res.json();
if (!res.ok) {
  throw new Error(`CRM said ${res.status}: ${JSON.stringify(data)}`);
}
output = { id: data.id, status: res.status, owner: data.owner_id };
''')


tdoc(M, "make-com-http-module-blueprint", "blueprints/order-sync-erp.blueprint.json", "make.com scenario blueprint export", r'''{
    "name": "Order sync -> ERP",
    "flow": [
        {
            "id": 1,
            "module": "gateway:CustomWebHook",
            "version": 1,
            "parameters": {
                "hook": 482913,
                "maxResults": 1
            },
            "mapper": {},
            "metadata": {
                "designer": { "x": 0, "y": 0 },
                "restore": { "parameters": { "hook": { "data": { "editable": "true" }, "label": "Shop orders" } } }
            }
        },
        {
            "id": 2,
            "module": "http:ActionSendData",
            "version": 3,
            "parameters": {
                "handleErrors": true,
                "useNewZLibDeCompress": true
            },
            "mapper": {
                "ca": "",
                "qs": [],
                "url": "https://erp.nordtra.se/api/v1/orders",
                "gzip": true,
                "method": "post",
                "headers": [
                    { "name": "Authorization", "value": "Bearer ⟨bt:an48⟩" },
                    { "name": "X-Source", "value": "make" }
                ],
                "timeout": "",
                "useMtls": false,
                "bodyType": "raw",
                "contentType": "application/json",
                "data": "{\"order_id\": \"{{1.order_id}}\", \"total\": {{1.total}}}",
                "parseResponse": true,
                "followRedirect": true
            },
            "metadata": { "designer": { "x": 300, "y": 0 } }
        },
        {
            "id": 3,
            "module": "http:ActionSendData",
            "version": 3,
            "parameters": { "handleErrors": false },
            "mapper": {
                "url": "https://lager.nordtra.se/api/reserve",
                "method": "post",
                "headers": [
                    { "name": "Authorization", "value": "Bearer {{var.scenario.lagerToken}}" }
                ],
                "bodyType": "raw",
                "contentType": "application/json",
                "data": "{\"order\": \"{{1.order_id}}\"}"
            },
            "metadata": { "designer": { "x": 600, "y": 0 } }
        },
        {
            "id": 4,
            "module": "http:ActionSendData",
            "version": 3,
            "parameters": { "handleErrors": true },
            "mapper": {
                "url": "https://notify.nordtra.se/hooks/orders",
                "method": "post",
                "headers": [
                    { "name": "authorization", "value": "Bearer ⟨bt:hex40⟩" }
                ],
                "bodyType": "raw",
                "contentType": "application/json",
                "data": "{\"text\": \"Order {{1.order_id}} synced\"}"
            },
            "metadata": { "designer": { "x": 900, "y": 0 } }
        }
    ],
    "metadata": {
        "instant": true,
        "version": 1,
        "scenario": {
            "roundtrips": 1,
            "maxErrors": 3,
            "autoCommit": true,
            "sequential": false,
            "confidential": false,
            "dataloss": false,
            "dlq": false
        },
        "designer": { "orphans": [] },
        "zone": "eu2.make.com"
    }
}
''')

tdoc(M, "power-automate-flow-definition", "workflows/payroll-export/definition.json", "logic apps / power automate workflow definition", r'''{
  "definition": {
    "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
    "contentVersion": "⟨x:1.0.0.0⟩",
    "parameters": {
      "$connections": { "defaultValue": {}, "type": "Object" }
    },
    "triggers": {
      "Recurrence": {
        "type": "Recurrence",
        "recurrence": { "frequency": "Hour", "interval": 1, "timeZone": "W. Europe Standard Time" }
      }
    },
    "actions": {
      "HTTP_Get_approved_timesheets": {
        "type": "Http",
        "inputs": {
          "method": "GET",
          "uri": "https://api.tidrapport.se/v2/timesheets?status=approved&period=@{formatDateTime(utcNow(),'yyyy-MM')}",
          "headers": {
            "Accept": "application/json",
            "Authorization": "Bearer ⟨bt:an40⟩"
          }
        },
        "runAfter": {}
      },
      "Parse_JSON": {
        "type": "ParseJson",
        "inputs": { "content": "@body('HTTP_Get_approved_timesheets')", "schema": { "type": "array" } },
        "runAfter": { "HTTP_Get_approved_timesheets": [ "Succeeded" ] }
      },
      "HTTP_Post_payroll_batch": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "https://lon.hallonbolaget.se/api/import/batch",
          "authentication": {
            "type": "Raw",
            "value": "Bearer ⟨bt:b64u64⟩"
          },
          "body": "@body('Parse_JSON')"
        },
        "runAfter": { "Parse_JSON": [ "Succeeded" ] }
      },
      "HTTP_Notify_Graph": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "https://graph.microsoft.com/v1.0/teams/⟨uuid⟩/channels/19:⟨hex:32⟩@thread.tacv2/messages",
          "authentication": {
            "type": "ActiveDirectoryOAuth",
            "authority": "https://login.microsoftonline.com",
            "tenant": "⟨uuid⟩",
            "audience": "https://graph.microsoft.com",
            "clientId": "⟨uuid⟩",
            "secret": "⟨gs:an40⟩"
          },
          "body": { "body": { "content": "Lönebatch importerad: @{length(body('Parse_JSON'))} rader" } }
        },
        "runAfter": { "HTTP_Post_payroll_batch": [ "Succeeded" ] }
      }
    },
    "outputs": {}
  },
  "parameters": {}
}
''')

tdoc(M, "openapi-code-samples-yaml", "openapi/partner-api.yaml", "openapi document with x-codeSamples", r'''openapi: 3.0.3
info:
  title: Grossist Partner API
  version: 2.7.0
  description: |
    All endpoints need an access token from `/oauth/token`.
    Send it as `Authorization: Bearer <token>`.
  contact:
    name: Partner support
    url: https://partner.grossist.se/support
servers:
  - url: https://api.partner.grossist.se/v2
    description: production
  - url: https://sandbox.partner.grossist.se/v2
    description: sandbox
security:
  - bearerAuth: []
paths:
  /orders/{orderId}:
    get:
      operationId: getOrder
      summary: Fetch one order
      parameters:
        - name: orderId
          in: path
          required: true
          schema: { type: string, example: ORD-2026-004471 }
      responses:
        "200":
          description: the order
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Order" }
        "401": { description: token missing or expired }
      x-codeSamples:
        - lang: cURL
          label: curl
          source: |
            curl -s https://api.partner.grossist.se/v2/orders/ORD-2026-004471 \
              -H "Accept: application/json" \
              -H "Authorization: Bearer ⟨jbt:RS256⟩"
        - lang: JavaScript
          source: |
            const res = await fetch("https://sandbox.partner.grossist.se/v2/orders/ORD-2026-004471", {
              headers: { Authorization: "Bearer ⟨bt:an40⟩" },
            });
        - lang: Python
          source: |
            import requests
            r = requests.get(
                "https://api.partner.grossist.se/v2/orders/ORD-2026-004471",
                headers={"Authorization": "Bearer ⟨x:YOUR_ACCESS_TOKEN⟩"},
            )
  /oauth/token:
    post:
      operationId: token
      security: []
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                grant_type: { type: string, enum: [client_credentials] }
                client_id: { type: string }
                client_secret: { type: string }
      responses:
        "200":
          description: token
          content:
            application/json:
              example:
                access_token: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...
                token_type: Bearer
                expires_in: 3600
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    Order:
      type: object
      properties:
        id: { type: string }
        status: { type: string, enum: [open, picked, shipped, cancelled] }
        total: { type: number, format: double }
''')


@doc(M, "haproxy-captured-headers-log", "var/log/haproxy-api.log", "haproxy http log with captured request headers")
def haproxy(d):
    toks = [d.lab("bt", "an40"), d.lab("jbt", "RS256"), d.lab("bt", "hex64"), d.lab("bt", "b64u32"),
            d.lab("bt", "an32"), d.lab("bt", "paseto")]
    basic = d.lab("basic", "partner-sync")
    ips = [d.lab("ip4") for _ in range(5)]
    priv = d.ipv4_private()
    uas = ["okhttp/4.12.0", "Kvartersappen/7.3.1 (iPhone; iOS 18.2; Scale/3.00)", "python-requests/2.32.3",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"]
    d.X("131.0.0.0")
    rows = [
        (0, 0, "GET /v1/me HTTP/1.1", 200, uas[1], "Bearer " + toks[0]),
        (1, 1, "GET /v1/orders?limit=20 HTTP/1.1", 200, uas[0], "Bearer " + toks[1]),
        (2, 0, "POST /v1/cart/items HTTP/1.1", 201, uas[1], "Bearer " + toks[0]),
        (3, 2, "GET /v1/export/orders.csv HTTP/1.1", 200, uas[2], "Basic " + basic),
        (4, 2, "PUT /v1/partners/88/stock HTTP/1.1", 204, uas[2], "Bearer " + toks[2]),
        (1, 3, "GET /v1/me HTTP/1.1", 401, uas[3], "Bearer " + toks[3]),
        (0, 1, "GET /v1/notifications HTTP/1.1", 200, uas[0], "Bearer " + toks[1]),
        (2, 3, "GET /healthz HTTP/1.1", 200, "kube-probe/1.30", ""),
        (3, 2, "POST /v1/partners/88/orders HTTP/1.1", 201, uas[2], "Bearer " + toks[4]),
        (4, 1, "GET /v1/me/settings HTTP/1.1", 200, uas[1], "Bearer " + toks[5]),
    ]
    out = []
    sec = 2
    for i, (ipi, _, req, st, ua, auth) in enumerate(rows):
        sec += d.r.randint(0, 4)
        ms = d.r.randint(100, 999)
        ip = priv if req.startswith("GET /healthz") else ips[ipi]
        out.append(f"Jan 19 10:14:{sec:02d} lb01 haproxy[2291]: {ip}:{d.r.randint(30000, 65000)} "
                   f"[19/Jan/2026:10:14:{sec:02d}.{ms}] fe_https~ be_api/api0{d.r.randint(1, 3)} "
                   f"0/0/1/{d.r.randint(4, 90)}/{d.r.randint(5, 95)} {st} {d.r.randint(200, 9000)} - - ---- "
                   f"{d.r.randint(200, 400)}/{d.r.randint(150, 300)}/{d.r.randint(1, 30)}/{d.r.randint(1, 9)}/0 0/0 "
                   f"{{api.kvartersappen.se|{auth}|{ua}}} {{}} \"{req}\"")
    out.insert(0, "# haproxy.cfg: capture request header Host len 64 / capture request header Authorization len 512 / capture request header User-Agent len 128")
    out.append(f"Jan 19 10:14:{sec + 1:02d} lb01 haproxy[2291]: {ips[4]}:{d.r.randint(30000, 65000)} [19/Jan/2026:10:14:{sec + 1:02d}.004] fe_https~ fe_https/<NOSRV> -1/-1/-1/-1/0 400 0 - - PR-- 1/1/0/0/0 0/0 {{||}} {{}} \"<BADREQ>\"")
    return "\n".join(out) + "\n"


tdoc(M, "zuplo-policies-json", "config/policies.json", "api gateway policy configuration", r'''{
  "policies": [
    {
      "name": "api-key-inbound",
      "policyType": "api-key-inbound",
      "handler": {
        "export": "ApiKeyInboundPolicy",
        "module": "$import(@zuplo/runtime)",
        "options": { "allowUnauthenticatedRequests": false, "cacheTtlSeconds": 60 }
      }
    },
    {
      "name": "set-upstream-auth",
      "policyType": "set-headers-inbound",
      "handler": {
        "export": "SetHeadersInboundPolicy",
        "module": "$import(@zuplo/runtime)",
        "options": {
          "headers": [
            { "name": "authorization", "value": "Bearer ⟨bt:an40⟩", "overwrite": true },
            { "name": "x-gateway", "value": "zuplo-eu", "overwrite": true }
          ]
        }
      }
    },
    {
      "name": "legacy-backend-auth",
      "policyType": "set-headers-inbound",
      "handler": {
        "export": "SetHeadersInboundPolicy",
        "module": "$import(@zuplo/runtime)",
        "options": {
          "headers": [
            { "name": "authorization", "value": "Bearer $env(LEGACY_BACKEND_TOKEN)", "overwrite": true }
          ]
        }
      }
    },
    {
      "name": "reports-backend-auth",
      "policyType": "set-headers-inbound",
      "handler": {
        "export": "SetHeadersInboundPolicy",
        "module": "$import(@zuplo/runtime)",
        "options": {
          "headers": [
            { "name": "Authorization", "value": "Bearer ⟨bt:hex64⟩", "overwrite": true }
          ]
        }
      }
    },
    {
      "name": "rate-limit-inbound",
      "policyType": "rate-limit-inbound",
      "handler": {
        "export": "RateLimitInboundPolicy",
        "module": "$import(@zuplo/runtime)",
        "options": { "rateLimitBy": "user", "requestsAllowed": 600, "timeWindowMinutes": 1 }
      }
    }
  ]
}
''')


@doc(M, "stomp-frames-debug-log", "logs/dispatch-ws-client.log", "stomp over websocket client debug log")
def stomp(d):
    jw = d.lab("jbt", "ES256")
    tok2 = d.lab("bt", "an48")
    pw = d.lab("pw", "a")
    sess = d.X("session-" + d.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22))
    sess2 = d.X("session-" + d.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22))
    mid = d.uuid()
    return f'''2026-01-19 09:02:11.402 [main] Opening Web Socket... wss://ws.dispatch.taxikompaniet.se/stomp
2026-01-19 09:02:11.611 [ws-1] Web Socket Opened...
2026-01-19 09:02:11.612 [ws-1] >>> CONNECT
accept-version:1.2,1.1,1.0
heart-beat:10000,10000
Authorization:Bearer {jw}
host:ws.dispatch.taxikompaniet.se

^@
2026-01-19 09:02:11.689 [ws-1] <<< CONNECTED
version:1.2
heart-beat:0,0
user-name:driver-4471
server:RabbitMQ/3.13.1
session:{sess}

2026-01-19 09:02:11.690 [ws-1] connected to server RabbitMQ/3.13.1
2026-01-19 09:02:11.702 [ws-1] >>> SUBSCRIBE
id:sub-0
destination:/topic/dispatch.zone.7
ack:client-individual

^@
2026-01-19 09:02:14.118 [ws-1] <<< MESSAGE
destination:/topic/dispatch.zone.7
message-id:T_sub-0@@{sess}@@1
subscription:sub-0
content-type:application/json
content-length:142

{{"job":"{mid}","pickup":"Centralstationen, Uppsala","eta_s":240,"class":"kombi"}}
2026-01-19 09:31:02.001 [ws-1] Whoops! Lost connection to wss://ws.dispatch.taxikompaniet.se/stomp
2026-01-19 09:31:07.010 [ws-2] Opening Web Socket... wss://ws-fallback.dispatch.taxikompaniet.se/stomp
2026-01-19 09:31:07.233 [ws-2] >>> CONNECT
accept-version:1.2
heart-beat:10000,10000
login:driver-app
passcode:{pw}
Authorization:Bearer {tok2}
host:/dispatch

^@
2026-01-19 09:31:07.311 [ws-2] <<< CONNECTED
version:1.2
heart-beat:0,0
server:RabbitMQ/3.13.1
session:{sess2}

'''


tdoc(M, "unity-webrequest-code", "Assets/Scripts/Net/LeaderboardClient.cs", "unity game client web requests", r'''using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class LeaderboardClient : MonoBehaviour
{
    [SerializeField] private string baseUrl = "https://lb.pixelfjord.games/api/v1";

    // build-time token for the leaderboard service (injected by BuildPipeline/InjectSecrets.cs,
    // but the injector is disabled for dev builds so the literal is used)
    private const string ServiceToken = "⟨bt:an48⟩";

    public IEnumerator SubmitScore(string playerId, int score)
    {
        var json = JsonUtility.ToJson(new ScoreDto { player = playerId, score = score, build = Application.version });
        using var req = new UnityWebRequest($"{baseUrl}/scores", "POST");
        req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));
        req.downloadHandler = new DownloadHandlerBuffer();
        req.SetRequestHeader("Content-Type", "application/json");
        req.SetRequestHeader("Authorization", "Bearer " + ServiceToken);
        yield return req.SendWebRequest();
        if (req.result != UnityWebRequest.Result.Success)
            Debug.LogWarning($"score submit failed: {req.responseCode} {req.error}");
    }

    public IEnumerator FetchRemoteConfig()
    {
        using var req = UnityWebRequest.Get("https://cfg.pixelfjord.games/remote-config?platform=" + Application.platform);
        req.SetRequestHeader("Authorization", "Bearer ⟨bt:hex40⟩");
        yield return req.SendWebRequest();
        Debug.Log(req.downloadHandler.text);
    }

    [System.Serializable]
    private class ScoreDto { public string player; public int score; public string build; }
}
''')

tdoc(M, "android-volley-request", "app/src/main/java/se/parkera/app/net/ZoneRequest.java", "android volley request subclass", r'''package se.parkera.app.net;

import androidx.annotation.Nullable;

import com.android.volley.AuthFailureError;
import com.android.volley.NetworkResponse;
import com.android.volley.Response;
import com.android.volley.toolbox.HttpHeaderParser;
import com.android.volley.toolbox.JsonObjectRequest;

import org.json.JSONObject;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import se.parkera.app.BuildConfig;

public class ZoneRequest extends JsonObjectRequest {

    // FIXME: remove before release -- QA token so the zone list works without login
    private static final String QA_TOKEN = "⟨bt:an40⟩";

    private final String sessionToken;

    public ZoneRequest(String url, @Nullable String sessionToken,
                       Response.Listener<JSONObject> ok, Response.ErrorListener err) {
        super(Method.GET, url, null, ok, err);
        this.sessionToken = sessionToken;
    }

    @Override
    public Map<String, String> getHeaders() throws AuthFailureError {
        Map<String, String> h = new HashMap<>();
        h.put("Accept", "application/json");
        h.put("X-App-Version", BuildConfig.VERSION_NAME);
        h.put("Authorization", "Bearer " + (sessionToken != null ? sessionToken : QA_TOKEN));
        return h;
    }

    static Map<String, String> tariffHeaders() {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Bearer ⟨bt:b64u32⟩");
        return h;
    }

    @Override
    protected Response<JSONObject> parseNetworkResponse(NetworkResponse response) {
        String body = new String(response.data, StandardCharsets.UTF_8);
        try {
            return Response.success(new JSONObject(body), HttpHeaderParser.parseCacheHeaders(response));
        } catch (Exception e) {
            return Response.error(new com.android.volley.ParseError(e));
        }
    }
}
''')

tdoc(M, "apim-policy-xml", "policies/apis/orders-legacy/policy.xml", "azure api management policy document", r'''<!--
    Orders legacy API - backend auth is a static token until the backend supports managed identity.
    Named values: alerts-token (Key Vault), orders-legacy-token (REMOVED 2025-10, see below)
-->
<policies>
    <inbound>
        <base />
        <validate-jwt header-name="Authorization" failed-validation-httpcode="401" require-scheme="Bearer">
            <openid-config url="https://login.microsoftonline.com/⟨uuid⟩/v2.0/.well-known/openid-configuration" />
            <audiences>
                <audience>api://orders</audience>
            </audiences>
        </validate-jwt>
        <set-header name="Authorization" exists-action="override">
            <value>Bearer ⟨bt:an48⟩</value>
        </set-header>
        <set-header name="Ocp-Apim-Subscription-Key" exists-action="delete" />
        <set-backend-service base-url="https://orders-legacy.hallonbolaget.se/api" />
    </inbound>
    <backend>
        <retry condition="@(context.Response.StatusCode == 503)" count="2" interval="1" />
        <forward-request timeout="30" />
    </backend>
    <outbound>
        <base />
        <set-header name="X-Powered-By" exists-action="delete" />
    </outbound>
    <on-error>
        <base />
        <send-request mode="new" response-variable-name="alert" timeout="10" ignore-error="true">
            <set-url>https://alerts.ops.hallonbolaget.se/hook</set-url>
            <set-method>POST</set-method>
            <set-header name="Authorization" exists-action="override">
                <value>Bearer {{alerts-token}}</value>
            </set-header>
            <set-body>@(context.LastError.Message)</set-body>
        </send-request>
        <send-request mode="new" response-variable-name="audit" timeout="10" ignore-error="true">
            <set-url>https://audit.hallonbolaget.se/v1/events</set-url>
            <set-method>POST</set-method>
            <authentication-basic username="apim-audit" password="⟨pw:q|xml⟩" />
            <set-body>@(context.RequestId.ToString())</set-body>
        </send-request>
    </on-error>
</policies>
''')

tdoc(M, "flutter-graphql-link", "lib/graphql/client.dart", "flutter graphql client link setup", r'''import 'package:flutter/foundation.dart';
import 'package:graphql_flutter/graphql_flutter.dart';

import '../auth/session.dart';

/// Staging token so designers can browse without logging in (kDebugMode only).
const _stagingToken = '⟨bt:an40⟩';

GraphQLClient buildClient(Session session) {
  final http = HttpLink(
    kReleaseMode ? 'https://api.hemnet-partner.se/graphql' : 'https://staging-api.hemnet-partner.se/graphql',
    defaultHeaders: {'X-Client': 'visning-app/3.4.0'},
  );
  final auth = AuthLink(
    getToken: () async {
      final t = await session.accessToken();
      if (t != null) return 'Bearer $t';
      return kDebugMode ? 'Bearer $_stagingToken' : null;
    },
  );
  final ws = WebSocketLink(
    'wss://staging-api.hemnet-partner.se/graphql',
    config: const SocketClientConfig(
      initialPayload: {'Authorization': 'Bearer ⟨bt:b64u32⟩'},
      autoReconnect: true,
    ),
  );
  final link = Link.split((request) => request.isSubscription, ws, auth.concat(http));
  return GraphQLClient(link: link, cache: GraphQLCache(store: InMemoryStore()));
}
''')
