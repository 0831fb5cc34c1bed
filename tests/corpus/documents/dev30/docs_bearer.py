"""Bearer and API tokens handed to SDK and HTTP clients in code of many languages, CLI history and client configs."""
import json

from core import AN, B64U, HEX, UP, DIG, LOW
from registry import doc

G = 'bearer'
CLIENT = 'bearer-token|generic-secret'   # a token handed to a client that sends it as a bearer token, no "Bearer" in the text


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace('@' + k + '@', str(v))
    return text


def pref(d, prefix, n, alphabet=AN, cat=CLIENT, suffix=''):
    v = prefix + d.uniq(lambda: d.rs(n, alphabet)) + suffix
    return d.L(cat, v) if cat else v


def hvs(d, cat='generic-secret'):
    return pref(d, 'hvs.CAESI', 86, B64U, cat)


# --------------------------------------------------------------------------------------------- GitHub / GitLab / Slack


@doc('octokit-rest-constructor-auth-ts', 'scripts/release-notes/src/github.ts',
     'typescript release-notes script creating octokit clients with a personal token and an installation token', G)
def octokit_ts(d):
    return fill("""import { Octokit } from "@octokit/rest";
import { throttling } from "@octokit/plugin-throttling";

const ThrottledOctokit = Octokit.plugin(throttling);

// personal token of the release bot account (repo, read:org)
export const octokit = new ThrottledOctokit({
  auth: "@A@",
  userAgent: "release-notes/2.3.1",
  throttle: {
    onRateLimit: (retryAfter, options, o, retryCount) => retryCount < 2,
    onSecondaryRateLimit: () => true,
  },
});

// installation token copied from the app's "generate token" step, expires after an hour
export const appOctokit = new Octokit({ auth: "@B@" });

export async function mergedPulls(owner: string, repo: string, since: string) {
  return octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "closed", per_page: 100 })
    .then((prs) => prs.filter((p) => p.merged_at && p.merged_at > since));
}
""", A=d.ghp('ghp_'), B=d.ghp('ghs_'))


@doc('pygithub-auth-token-script-py', 'tools/stale_branches.py',
     'python script pruning stale branches with pygithub and a fine-grained token default', G)
def pygithub(d):
    return fill('''#!/usr/bin/env python3
"""Delete branches merged more than 90 days ago."""
import datetime as dt
import os

from github import Auth, Github

TOKEN = os.environ.get("GH_PRUNE_TOKEN", "@A@")
# fallback classic token (expires 2026-03-01)
LEGACY_TOKEN = "@B@"
ORG = "vastra-logistik"

gh = Github(auth=Auth.Token(TOKEN), per_page=100)
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=90)

for repo in gh.get_organization(ORG).get_repos(type="private"):
    for br in repo.get_branches():
        if br.name in ("main", "master", "develop") or br.protected:
            continue
        c = repo.get_commit(br.commit.sha)
        if c.commit.committer.date < cutoff:
            print(f"{repo.full_name}: deleting {br.name} ({c.sha[:8]})")
            repo.get_git_ref(f"heads/{br.name}").delete()
''', A=d.ghpat(), B=d.ghp('ghp_'))


@doc('hvac-vault-client-token-py', 'ops/rotate_db_creds.py',
     'python script using the hvac vault client with a token and an approle secret id', G)
def hvac_py(d):
    role = d.uuid()
    return fill('''import hvac

VAULT_ADDR = "https://vault.intern.skogsdata.se:8200"

# break-glass token, revoke after the migration (INC-4471)
client = hvac.Client(url=VAULT_ADDR, token="@A@")

approle = hvac.Client(url=VAULT_ADDR)
approle.auth.approle.login(
    role_id="@R@",
    secret_id="@S@",
)

for path in ("database/creds/rapport-ro", "database/creds/rapport-rw"):
    lease = client.secrets.database.generate_credentials(name=path.rsplit("/", 1)[1])
    print(path, lease["lease_id"], lease["lease_duration"])
''', A=hvs(d), R=role, S=d.L('generic-secret', d.uuid_raw()))


@doc('attohttpc-bearer-auth-rs', 'src/bin/sync_devices.rs',
     'rust binary syncing device inventory with attohttpc bearer auth', G)
def attohttpc(d):
    return fill('''use serde::Deserialize;

const INVENTORY_URL: &str = "https://inventory.fjordnet.no/api/v2/devices";

#[derive(Deserialize)]
struct Device {
    id: String,
    hostname: String,
    site: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let resp = attohttpc::get(INVENTORY_URL)
        .bearer_auth("@A@")
        .param("site", "bergen-dc1")
        .send()?;
    let devices: Vec<Device> = resp.json()?;
    for dev in &devices {
        println!("{} {} {}", dev.id, dev.hostname, dev.site);
    }
    attohttpc::post("https://cmdb.fjordnet.no/api/import")
        .bearer_auth("@B@")
        .json(&devices)?
        .send()?
        .error_for_status()?;
    Ok(())
}
''', A=d.bt('an40', 'bearer-token'), B=d.bt('hex64', 'bearer-token'))


@doc('octocrab-personal-token-builder-rs', 'src/github.rs',
     'rust module building an octocrab github client with a personal token', G)
def octocrab(d):
    return fill('''use octocrab::Octocrab;

pub fn client() -> octocrab::Result<Octocrab> {
    // TODO move to config; token belongs to the ci-bot account
    Octocrab::builder()
        .personal_token("@A@".to_string())
        .build()
}

pub fn bot_client() -> octocrab::Result<Octocrab> {
    // installation token for the docs-sync app, refreshed by cron every 50 min
    Octocrab::builder().personal_token(String::from("@B@")).build()
}

pub async fn open_issues(gh: &Octocrab, repo: &str) -> octocrab::Result<u64> {
    let page = gh.issues("norrland-it", repo).list().state(octocrab::params::State::Open).per_page(1).send().await?;
    Ok(page.total_count.unwrap_or(0))
}
''', A=d.ghp('ghp_'), B=d.ghp('ghs_'))


@doc('go-github-withauthtoken-go', 'internal/gh/client.go',
     'go package creating a go-github client with WithAuthToken', G)
def go_github(d):
    return fill('''package gh

import (
	"context"
	"net/http"
	"time"

	"github.com/google/go-github/v60/github"
)

const oauthToken = "@A@"

func New() *github.Client {
	hc := &http.Client{Timeout: 20 * time.Second}
	return github.NewClient(hc).WithAuthToken(oauthToken)
}

func Teams(ctx context.Context, c *github.Client) ([]*github.Team, error) {
	teams, _, err := c.Teams.ListTeams(ctx, "tallinn-labs", &github.ListOptions{PerPage: 100})
	return teams, err
}
''', A=d.ghp('gho_'))


@doc('slack-go-client-new-go', 'cmd/standupbot/main.go',
     'go slack bot creating a slack-go client with a bot token and an app-level socket mode token', G)
def slack_go(d):
    return fill('''package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

func main() {
	api := slack.New(
		"@A@",
		slack.OptionDebug(os.Getenv("DEBUG") != ""),
		slack.OptionLog(log.New(os.Stdout, "api: ", log.Lshortfile|log.LstdFlags)),
		slack.OptionAppLevelToken("@B@"),
	)
	client := socketmode.New(api)
	go handle(client)
	if err := client.Run(); err != nil {
		log.Fatal(err)
	}
}
''', A=d.vendor('xoxb'), B=d.vendor('xapp'))


@doc('go-gitlab-newclient-token-go', 'tools/mrcleaner/main.go',
     'go tool closing stale merge requests with a go-gitlab client', G)
def go_gitlab(d):
    return fill('''package main

import (
	"fmt"
	"log"
	"time"

	gitlab "gitlab.com/gitlab-org/api/client-go"
)

func main() {
	git, err := gitlab.NewClient("@A@", gitlab.WithBaseURL("https://git.kommunen.local/api/v4"))
	if err != nil {
		log.Fatalf("client: %v", err)
	}
	// second instance (customer hosted), read-only
	ext, _ := gitlab.NewClient("@B@", gitlab.WithBaseURL("https://gitlab.kund-norrbotten.se/api/v4"))
	_ = ext
	before := time.Now().AddDate(0, -6, 0)
	mrs, _, err := git.MergeRequests.ListMergeRequests(&gitlab.ListMergeRequestsOptions{
		State:         gitlab.Ptr("opened"),
		UpdatedBefore: &before,
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, mr := range mrs {
		fmt.Printf("closing !%d %s\\n", mr.IID, mr.Title)
	}
}
''', A=d.vendor('glpat'), B=d.vendor('glpat'))


@doc('discordgo-session-bot-token-go', 'bot/main.go',
     'go discord bot opening a discordgo session with a bot token', G)
def discordgo(d):
    return fill('''package main

import (
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
)

const botToken = "@A@"

func main() {
	dg, err := discordgo.New("Bot " + botToken)
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(onMessage)
	dg.Identify.Intents = discordgo.IntentsGuildMessages
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	defer dg.Close()
	sc := make(chan os.Signal, 1)
	signal.Notify(sc, os.Interrupt)
	<-sc
}
''', A=d.bt('discord', 'generic-secret'))


@doc('stripe-go-key-assignment-go', 'internal/billing/stripe.go',
     'go billing package assigning the stripe secret key and a webhook endpoint secret', G)
def stripe_go(d):
    return fill('''package billing

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@B@"

func init() {
	stripe.Key = "@A@"
}

func Verify(payload []byte, sig string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, sig, endpointSecret)
}
''', A=d.vendor('sk_live'), B=pref(d, 'whsec_', 32, AN, 'generic-secret'))


# --------------------------------------------------------------------------------------------- JVM / .NET


@doc('okhttp-authenticator-refresh-kt', 'app/src/main/java/no/ruter/pendler/net/TokenAuthenticator.kt',
     'android okhttp authenticator and interceptor with hard-coded fallback access and refresh tokens', G)
def okhttp_auth(d):
    return fill('''package no.ruter.pendler.net

import okhttp3.Authenticator
import okhttp3.Interceptor
import okhttp3.Request
import okhttp3.Response
import okhttp3.Route

private const val FALLBACK_ACCESS_TOKEN = "@A@"
private const val FALLBACK_REFRESH_TOKEN = "@B@"

class AuthInterceptor(private val store: TokenStore) : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val token = store.accessToken ?: FALLBACK_ACCESS_TOKEN
        val req = chain.request().newBuilder()
            .header("Authorization", "Bearer $token")
            .build()
        return chain.proceed(req)
    }
}

class TokenAuthenticator(private val api: AuthApi, private val store: TokenStore) : Authenticator {
    override fun authenticate(route: Route?, response: Response): Request? {
        val refreshed = api.refresh(store.refreshToken ?: FALLBACK_REFRESH_TOKEN).execute().body() ?: return null
        store.save(refreshed)
        return response.request.newBuilder()
            .header("Authorization", "Bearer ${refreshed.accessToken}")
            .build()
    }
}
''', A=d.jwt('RS256', {'iss': 'https://auth.pendler.no', 'aud': 'pendler-app', 'scope': 'tickets'}),
        B=d.gs('b64u_48'))


@doc('github-api-kohsuke-oauth-token-java', 'src/main/java/se/byggdata/ci/RepoAudit.java',
     'java repository audit using the kohsuke github-api with an oauth token and an app jwt', G)
def kohsuke(d):
    return fill('''package se.byggdata.ci;

import org.kohsuke.github.GHOrganization;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

public class RepoAudit {

    public static void main(String[] args) throws Exception {
        GitHub github = new GitHubBuilder()
                .withOAuthToken("@A@", "byggdata")
                .build();
        GHOrganization org = github.getOrganization("byggdata");
        for (GHRepository repo : org.listRepositories()) {
            if (!repo.isPrivate() && repo.getVisibility() != null) {
                System.out.println("public: " + repo.getFullName());
            }
        }
        // app-level calls (installations) need the app JWT
        GitHub asApp = new GitHubBuilder().withJwtToken("@B@").build();
        asApp.getApp().listInstallations().forEach(i -> System.out.println(i.getId()));
    }
}
''', A=d.ghp('ghp_'), B=d.jwt('RS256', {'iss': str(d.ri(100000, 999999))}, cat='jwt'))


@doc('vertx-webclient-bearer-token-java', 'src/main/java/fi/kuljetus/tracking/CarrierClient.java',
     'vert.x web client with bearer token authentication and an api key header', G)
def vertx(d):
    return fill('''package fi.kuljetus.tracking;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

public class CarrierClient {
    private final WebClient client;

    public CarrierClient(Vertx vertx) {
        this.client = WebClient.create(vertx, new WebClientOptions().setSsl(true).setDefaultHost("api.carrier-hub.eu").setDefaultPort(443));
    }

    public Future<JsonObject> pod(String id) {
        return client.get("/v3/pod/" + id).putHeader("Authorization", "Bearer @C@").send().map(r -> r.bodyAsJsonObject());
    }

    public Future<JsonObject> shipment(String id) {
        return client.get("/v3/shipments/" + id)
            .bearerTokenAuthentication("@A@")
            .putHeader("X-Partner-Key", "@B@")
            .send()
            .map(r -> r.bodyAsJsonObject());
    }
}
''', A=d.bt('b64u_32', 'bearer-token'), B=d.gs('hex32'), C=d.bt('an40', 'bearer-token'))


@doc('http4k-clientfilters-bearerauth-kt', 'src/main/kotlin/dk/energi/meter/MeterClient.kt',
     'kotlin http4k client with the BearerAuth client filter', G)
def http4k(d):
    return fill('''package dk.energi.meter

import org.http4k.client.JavaHttpClient
import org.http4k.core.Method.GET
import org.http4k.core.Request
import org.http4k.core.then
import org.http4k.filter.ClientFilters

val meterApi = ClientFilters.SetBaseUriFrom(org.http4k.core.Uri.of("https://api.eloverblik.local"))
    .then(ClientFilters.BearerAuth("@A@"))
    .then(JavaHttpClient())

val priceApi = ClientFilters.BearerAuth("@B@").then(JavaHttpClient())

fun readings(meterId: String) = meterApi(Request(GET, "/customerapi/api/meterdata/timeseries/$meterId"))
''', A=d.jwt('HS256', {'tokenType': 'CustomerAPI_DataAccess', 'userId': d.uuid_raw()}), B=d.bt('hex40', 'bearer-token'))


@doc('jersey-client-oauth2-feature-java', 'src/main/java/de/stadtwerk/abrechnung/PortalClient.java',
     'jersey client registering the oauth2 client support feature and a basic auth feature', G)
def jersey(d):
    return fill('''package de.stadtwerk.abrechnung;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;
import org.glassfish.jersey.client.authentication.HttpAuthenticationFeature;
import org.glassfish.jersey.client.oauth2.OAuth2ClientSupport;

public final class PortalClient {

    private static final Client PORTAL = ClientBuilder.newClient()
            .register(OAuth2ClientSupport.feature("@A@"));

    private static final Client LEGACY = ClientBuilder.newClient()
            .register(HttpAuthenticationFeature.basic("abrechnung-svc", "@B@"));

    public static String zaehlerstaende(String kundennummer) {
        return PORTAL.target("https://portal.stadtwerk-nord.de/api/v1/zaehlerstaende")
                .queryParam("kunde", kundennummer)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
''', A=d.bt('an48', CLIENT), B=d.pw('w'))


@doc('flurl-withoauthbearertoken-cs', 'src/Lager.Sync/ErpClient.cs',
     'c# flurl http calls with WithOAuthBearerToken', G)
def flurl(d):
    return fill('''using Flurl;
using Flurl.Http;

namespace Lager.Sync;

public class ErpClient
{
    private const string BaseUrl = "https://erp.lagerhuset.se/api/v2";
    private const string Token = "@A@";

    public Task<List<Artikel>> HamtaArtiklarAsync(DateTime sedan) =>
        BaseUrl.AppendPathSegment("artiklar")
            .SetQueryParam("andradSedan", sedan.ToString("o"))
            .WithOAuthBearerToken(Token)
            .GetJsonAsync<List<Artikel>>();

    public Task RapporteraSaldoAsync(Saldo saldo) =>
        BaseUrl.AppendPathSegment("saldon")
            .WithOAuthBearerToken("@B@")
            .PostJsonAsync(saldo);
}
''', A=d.bt('hex40', 'bearer-token'), B=d.bt('an64', 'bearer-token'))


@doc('octokit-net-credentials-cs', 'tools/ReleaseTool/Program.cs',
     'c# release tool creating octokit.net clients with token and bearer credentials', G)
def octokit_net(d):
    return fill('''using Octokit;

var client = new GitHubClient(new ProductHeaderValue("release-tool"))
{
    Credentials = new Credentials("@A@")
};

var appClient = new GitHubClient(new ProductHeaderValue("release-tool-app"))
{
    Credentials = new Credentials("@B@", AuthenticationType.Bearer)
};

var release = await client.Repository.Release.Create("skanetrafik-data", "hallplatser", new NewRelease("v4.12.0")
{
    Name = "Hållplatser 4.12.0",
    Draft = true
});
Console.WriteLine(release.HtmlUrl);
''', A=d.ghp('ghp_'), B=d.jwt('RS256', {'iss': str(d.ri(100000, 999999))}))


# --------------------------------------------------------------------------------------------- PHP / Ruby


@doc('saloon-connector-default-auth-php', 'app/Http/Integrations/Fortnox/FortnoxConnector.php',
     'php saloon connector with a default token authenticator', G)
def saloon(d):
    return fill('''<?php

namespace App\\Http\\Integrations\\Fortnox;

use Saloon\\Contracts\\Authenticator;
use Saloon\\Http\\Auth\\TokenAuthenticator;
use Saloon\\Http\\Connector;

class FortnoxConnector extends Connector
{
    public function resolveBaseUrl(): string
    {
        return 'https://api.fortnox.se/3';
    }

    protected function defaultAuth(): ?Authenticator
    {
        return new TokenAuthenticator('@A@');
    }

    public function sandboxAuth(): Authenticator
    {
        return new TokenAuthenticator('@B@', 'Bearer');
    }

    protected function defaultHeaders(): array
    {
        return ['Accept' => 'application/json'];
    }
}
''', A=d.jwt('RS256', {'iss': 'https://apps.fortnox.se', 'tenantId': d.ri(100000, 999999)}, cat='jwt|bearer-token'),
        B=d.bt('an40', CLIENT))


@doc('knplabs-github-api-authenticate-php', 'bin/sync-labels.php',
     'php script syncing issue labels with the knplabs github api client', G)
def knplabs(d):
    return fill('''<?php
require __DIR__ . '/../vendor/autoload.php';

use Github\\AuthMethod;
use Github\\Client;

$client = new Client();
$client->authenticate('@A@', null, AuthMethod::ACCESS_TOKEN);

$labels = json_decode(file_get_contents(__DIR__ . '/labels.json'), true);
foreach (['webshop', 'lager', 'kassa'] as $repo) {
    foreach ($labels as $label) {
        try {
            $client->api('issue')->labels()->create('bokhandeln', $repo, $label);
        } catch (\\Github\\Exception\\ValidationFailedException $e) {
            echo "$repo: {$label['name']} finns redan\\n";
        }
    }
}
''', A=d.ghp('ghp_'))


@doc('openai-php-client-factory-php', 'src/Service/Summarizer.php',
     'php service creating an openai-php client with an api key and organisation id', G)
def openai_php(d):
    org = d.X('org-' + d.rs(24, AN))
    return fill('''<?php

declare(strict_types=1);

namespace App\\Service;

use OpenAI;

final class Summarizer
{
    private \\OpenAI\\Client $client;

    public function __construct()
    {
        $this->client = OpenAI::factory()
            ->withApiKey('@A@')
            ->withOrganization('@O@')
            ->withHttpHeader('OpenAI-Beta', 'assistants=v2')
            ->make();
    }

    public function summarize(string $text): string
    {
        $r = $this->client->chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => [['role' => 'user', 'content' => "Sammanfatta:\\n" . $text]],
        ]);
        return $r->choices[0]->message->content;
    }
}
''', A=d.vendor('openai'), O=org)


@doc('octokit-rb-client-access-token-rb', 'lib/tasks/github.rake',
     'rake task creating an octokit.rb client with an access token', G)
def octokit_rb(d):
    return fill('''namespace :github do
  desc "Open an issue for every failed nightly import"
  task report_failures: :environment do
    client = Octokit::Client.new(access_token: "@A@")
    ghe = Octokit::Client.new(api_endpoint: "https://github.kulturarv.local/api/v3", access_token: "@B@")
    client.auto_paginate = true
    ImportRun.failed.where(reported_at: nil).find_each do |run|
      issue = client.create_issue("kulturarv/import", "Import #{run.source} failed #{run.started_at.to_date}", run.error_summary,
                                  labels: ["import", "nightly"])
      run.update!(reported_at: Time.current, issue_number: issue.number)
    end
  end
end
''', A=d.ghp('ghp_'), B=d.ghp('ghp_'))


@doc('slack-ruby-client-configure-rb', 'config/initializers/slack.rb',
     'rails initializer configuring slack-ruby-client with a bot token and the events signing secret', G)
def slack_rb(d):
    return fill('''Slack.configure do |config|
  config.token = ENV.fetch("SLACK_BOT_TOKEN", "@A@")
end

Slack::Events.configure do |config|
  config.signing_secret = "@B@"
  config.signature_expires_in = 300
end

Slack::Web::Client.configure do |config|
  config.user_agent = "driftlarm/1.4 (+https://drift.sundsvall.local)"
  config.default_page_size = 200
end
''', A=d.vendor('xoxb'), B=d.gs('hex32'))


# --------------------------------------------------------------------------------------------- Dart / Elixir / Scala / Haskell


@doc('dart-http-get-headers-map-dart', 'lib/data/timetable_api.dart',
     'dart http package calls with an authorization header map', G)
def dart_http(d):
    return fill("""import 'dart:convert';

import 'package:http/http.dart' as http;

const _base = 'https://api.pendeltag.se/v1';
const _token = '@A@';
const _pushToken = '@C@';

Map<String, String> get _headers => {
      'Authorization': 'Bearer $_token',
      'Accept': 'application/json',
    };

Future<List<dynamic>> departures(String stopId) async {
  final res = await http.get(Uri.parse('$_base/stops/$stopId/departures'), headers: _headers);
  if (res.statusCode != 200) {
    throw Exception('departures ${res.statusCode}');
  }
  return jsonDecode(utf8.decode(res.bodyBytes)) as List<dynamic>;
}

Future<void> reportDelay(Map<String, dynamic> body) => http.post(
      Uri.parse('$_base/delays'),
      headers: {'Authorization': 'Bearer @B@', 'Content-Type': 'application/json'},
      body: jsonEncode(body),
    );

Future<void> registerPush(String device) => http.post(
      Uri.parse('https://push.pendeltag.se/v1/devices'),
      headers: {'Authorization': 'Bearer $_pushToken'},
      body: jsonEncode({'device': device}),
    );
""", A=d.bt('an40', 'bearer-token'), B=d.bt('b64u_32', 'bearer-token'), C=d.bt('hex40', 'bearer-token'))


@doc('tesla-middleware-bearerauth-ex', 'lib/lager/klient.ex',
     'elixir tesla client module with the BearerAuth middleware', G)
def tesla(d):
    return fill('''defmodule Lager.Klient do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://wms.lagerpartner.se/api"
  plug Tesla.Middleware.BearerAuth, token: "@A@"
  plug Tesla.Middleware.JSON
  plug Tesla.Middleware.Retry, delay: 500, max_retries: 3

  def saldo(artikel), do: get("/saldo/" <> artikel)
  def reservera(order), do: post("/reservationer", order)
end

defmodule Lager.Frakt do
  use Tesla

  plug Tesla.Middleware.BaseUrl, "https://api.fraktbokning.se/v1"
  plug Tesla.Middleware.Headers, [{"authorization", "Bearer @B@"}]
  plug Tesla.Middleware.JSON

  def boka(sandning), do: post("/bokningar", sandning)
end
''', A=d.bt('hex64', 'bearer-token'), B=d.bt('an40', 'bearer-token'))


@doc('requests-scala-headers-bearer-sc', 'scripts/ExportTimesheets.sc',
     'scala-cli script exporting timesheets with requests-scala and a bearer header', G)
def requests_scala(d):
    return fill('''//> using scala 3.4
//> using dep com.lihaoyi::requests:0.8.2
//> using dep com.lihaoyi::upickle:3.3.1

val token = "@A@"
val r = requests.get(
  "https://timereg.konsulthuset.no/api/timesheets",
  params = Map("from" -> "2026-01-01", "to" -> "2026-01-31"),
  headers = Map("Authorization" -> s"Bearer $token", "Accept" -> "application/json")
)
os.write.over(os.pwd / "timesheets-2026-01.json", r.text())
requests.post(
  "https://lonn.konsulthuset.no/import",
  data = r.text(),
  headers = Map("Authorization" -> "Bearer @B@", "Content-Type" -> "application/json")
)
println(s"exported ${ujson.read(r.text()).arr.size} rows")
''', A=d.bt('an40', 'bearer-token'), B=d.bt('hex40', 'bearer-token'))


@doc('haskell-req-oauth2bearer-hs', 'app/Main.hs',
     'haskell program calling an api with the req library and oAuth2Bearer', G)
def haskell_req(d):
    return fill('''{-# LANGUAGE DataKinds #-}
{-# LANGUAGE OverloadedStrings #-}

module Main (main) where

import Data.Aeson (Value)
import Network.HTTP.Req

main :: IO ()
main = runReq defaultHttpConfig $ do
  r <-
    req
      GET
      (https "api.vaderdata.fi" /: "v2" /: "observations")
      NoReqBody
      jsonResponse
      (oAuth2Bearer "@A@" <> "station" =: ("101004" :: String))
  liftIO $ print (responseBody r :: Value)
  _ <-
    req
      POST
      (https "ingest.vaderdata.fi" /: "v1" /: "push")
      (ReqBodyJson (responseBody r :: Value))
      ignoreResponse
      (header "Authorization" "Bearer @B@")
  pure ()
''', A=d.bt('b64u_32', 'bearer-token'), B=d.bt('an40', 'bearer-token'))


# --------------------------------------------------------------------------------------------- AI / SaaS SDKs


@doc('openai-python-client-api-key-py', 'notebooks/utils/llm.py',
     'python helper creating an openai client with an inline api key', G)
def openai_py(d):
    return fill('''from openai import OpenAI

client = OpenAI(
    api_key="@A@",
    timeout=60,
    max_retries=2,
)


# separate project key for the nightly batch jobs (billing split)
batch_client = OpenAI(api_key="@B@")


def klassificera(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {"role": "system", "content": "Klassificera kundärendet: faktura, leverans, reklamation, övrigt."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content.strip()
''', A=d.vendor('openai'), B=d.vendor('openai'))


@doc('anthropic-sdk-client-init-ts', 'src/lib/assistant.ts',
     'typescript module initialising the anthropic sdk client', G)
def anthropic_ts(d):
    return fill('''import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY || "@A@",
  maxRetries: 2,
});

// usage reports (admin key, read-only)
export const adminClient = new Anthropic({ apiKey: "@B@" });

export async function draftReply(ticket: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Write a short, polite reply to this support ticket:\\n\\n${ticket}` }],
  });
  return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
''', A=d.vendor('anthropic'), B=d.L('anthropic-key', 'sk-ant-admin01-' + d.uniq(lambda: d.rs(93, B64U)) + 'AA'))


@doc('mistralai-client-init-py', 'rag/generate.py',
     'python rag module creating a mistral client with an api key', G)
def mistral(d):
    return fill('''from mistralai import Mistral

MODEL = "mistral-small-latest"
client = Mistral(api_key="@A@")


def answer(question: str, context: list[str]) -> str:
    prompt = "Réponds en français à partir du contexte.\\n\\n" + "\\n---\\n".join(context) + f"\\n\\nQuestion : {question}"
    res = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content
''', A=d.bt('an32', CLIENT))


@doc('hubspot-api-client-access-token-py', 'integrations/crm_sync.py',
     'python crm sync creating a hubspot api client with a private app access token', G)
def hubspot(d):
    u = d.uuid_raw()
    return fill('''from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api_client = HubSpot(access_token="@A@")
# app client secret, used to validate X-HubSpot-Signature-v3 on incoming webhooks
HUBSPOT_CLIENT_SECRET = "@S@"


def push_contact(email: str, firstname: str, company: str) -> str:
    obj = SimplePublicObjectInputForCreate(properties={"email": email, "firstname": firstname, "company": company})
    return api_client.crm.contacts.basic_api.create(simple_public_object_input_for_create=obj).id
''', A=d.L(CLIENT, 'pat-eu1-' + u), S=d.L('generic-secret', d.uuid_raw()))


@doc('huggingface-hub-inferenceclient-py', 'scripts/embed_docs.py',
     'python script embedding documents with a huggingface inference client token', G)
def hf_client(d):
    return fill('''from huggingface_hub import InferenceClient

client = InferenceClient(model="intfloat/multilingual-e5-large", token="@A@")

with open("docs.txt", encoding="utf-8") as fh:
    rows = [line.strip() for line in fh if line.strip()]

vectors = client.feature_extraction(rows[:64])
print(len(vectors), "embeddings")

# push the result to the hub (write token of the org bot)
from huggingface_hub import HfApi

HfApi(token="@B@").upload_file(path_or_fileobj="vectors.npy", path_in_repo="vectors.npy", repo_id="kommun-ai/doc-vectors",
                               repo_type="dataset")
''', A=d.vendor('hf'), B=d.vendor('hf'))


@doc('notion-client-auth-init-js', 'scripts/notion-export.mjs',
     'node script exporting a notion database with an internal integration token', G)
def notion(d):
    return fill('''import { Client } from "@notionhq/client";
import fs from "node:fs/promises";

const notion = new Client({ auth: "@A@" });
// read-only integration used for the public changelog page
const publicNotion = new Client({ auth: "@B@", notionVersion: "2022-06-28" });
const databaseId = "@D@";

const pages = [];
let cursor;
do {
  const r = await notion.databases.query({ database_id: databaseId, start_cursor: cursor });
  pages.push(...r.results);
  cursor = r.has_more ? r.next_cursor : undefined;
} while (cursor);

await fs.writeFile("roadmap.json", JSON.stringify(pages, null, 2));
console.log(`exported ${pages.length} pages`);
''', A=pref(d, 'ntn_', 46, AN, CLIENT), D=d.hexx(32), B=pref(d, 'secret_', 43, AN, CLIENT))


@doc('linear-sdk-client-apikey-ts', 'scripts/triage.ts',
     'typescript triage script creating a linear sdk client with an api key', G)
def linear(d):
    return fill('''import { LinearClient } from "@linear/sdk";

const linear = new LinearClient({ apiKey: "@A@" });

async function main() {
  const issues = await linear.issues({ filter: { state: { name: { eq: "Triage" } } }, first: 50 });
  for (const issue of issues.nodes) {
    const labels = await issue.labels();
    if (labels.nodes.length === 0) {
      await issue.update({ priority: 3 });
      console.log(`${issue.identifier}: set priority 3`);
    }
  }
}

main();

// webhook consumer (same repo) verifies Linear-Signature with this secret
export const LINEAR_WEBHOOK_SECRET = "@B@";
''', A=pref(d, 'lin_api_', 40, AN, CLIENT), B=pref(d, 'lin_wh_', 40, AN, 'generic-secret'))


@doc('cloudflare-go-newwithapitoken-go', 'cmd/dnssync/main.go',
     'go dns sync tool creating a cloudflare-go client with an api token', G)
def cloudflare_go(d):
    return fill('''package main

import (
	"context"
	"log"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	api, err := cloudflare.NewWithAPIToken("@A@")
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	zoneID, err := api.ZoneIDByName("bergsgatan.se")
	if err != nil {
		log.Fatal(err)
	}
	recs, _, err := api.ListDNSRecords(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.ListDNSRecordsParams{Type: "A"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range recs {
		log.Printf("%s -> %s", r.Name, r.Content)
	}
	// purge cache with the narrower cache-purge token
	purge, _ := cloudflare.NewWithAPIToken("@B@")
	_, _ = purge.PurgeEverything(ctx, zoneID)
}
''', A=d.bt('an40', CLIENT), B=d.bt('an40', CLIENT))


@doc('godo-digitalocean-token-source-go', 'tools/snapshots/main.go',
     'go tool pruning droplet snapshots with a godo client from a token', G)
def godo(d):
    return fill('''package main

import (
	"context"
	"fmt"

	"github.com/digitalocean/godo"
)

func main() {
	client := godo.NewFromToken("@A@")
	readOnly := godo.NewFromToken("@B@") // team "rapporter"
	_ = readOnly
	ctx := context.TODO()
	snaps, _, err := client.Snapshots.ListDroplet(ctx, &godo.ListOptions{PerPage: 200})
	if err != nil {
		panic(err)
	}
	for _, s := range snaps {
		fmt.Println(s.ID, s.Name, s.Created)
	}
}
''', A=pref(d, 'dop_v1_', 64, HEX, CLIENT), B=pref(d, 'dop_v1_', 64, HEX, CLIENT))


@doc('hetzner-hcloud-go-withtoken-go', 'internal/cloud/hetzner.go',
     'go package creating an hcloud-go client with WithToken', G)
def hcloud_go(d):
    return fill('''package cloud

import "github.com/hetznercloud/hcloud-go/v2/hcloud"

// project "rendering" (prod)
const hcloudToken = "@A@"

// project "backup" (read-only)
const hcloudBackupToken = "@B@"

func NewHetznerBackup() *hcloud.Client {
	return hcloud.NewClient(hcloud.WithToken(hcloudBackupToken))
}

func NewHetzner() *hcloud.Client {
	return hcloud.NewClient(
		hcloud.WithToken(hcloudToken),
		hcloud.WithApplication("render-autoscaler", "0.9.2"),
	)
}
''', A=d.bt('an64', CLIENT), B=d.bt('an64', CLIENT))


@doc('jira-python-token-auth-py', 'scripts/sprint_report.py',
     'python sprint report connecting to jira data center with a personal access token', G)
def jira_py(d):
    return fill('''from jira import JIRA

jira = JIRA(server="https://jira.verkstad.local", token_auth="@A@")
confluence_headers = {"Authorization": "Bearer @B@"}  # same PAT type, confluence.verkstad.local

issues = jira.search_issues('project = VERK AND sprint in openSprints() ORDER BY Rank', maxResults=500)
done = sum(1 for i in issues if i.fields.status.statusCategory.key == "done")
print(f"{done}/{len(issues)} klara")
''', A=d.bt('b64_33', CLIENT), B=d.bt('b64_33', 'bearer-token'))


@doc('kubernetes-python-client-configuration-py', 'ops/drain_report.py',
     'python kubernetes client configured by hand with a service account bearer token', G)
def k8s_py(d):
    return fill('''from kubernetes import client

configuration = client.Configuration()
configuration.host = "https://k8s-api.drift.local:6443"
configuration.verify_ssl = True
configuration.ssl_ca_cert = "/etc/drift/k8s-ca.crt"
configuration.api_key = {"authorization": "Bearer @A@"}

dr = client.Configuration()
dr.host = "https://k8s-api.dr.drift.local:6443"
dr.api_key = {"authorization": "@B@"}
dr.api_key_prefix = {"authorization": "Bearer"}

v1 = client.CoreV1Api(client.ApiClient(configuration))
for node in v1.list_node().items:
    unsched = node.spec.unschedulable or False
    print(node.metadata.name, "cordoned" if unsched else "ok")
''', A=d.jwt('RS256', {'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'drift',
                        'kubernetes.io/serviceaccount/service-account.name': 'drain-report'}),
        B=d.jwt('RS256', {'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'drift',
                          'kubernetes.io/serviceaccount/service-account.name': 'drain-report-dr'}, cat='jwt|bearer-token'))


@doc('elasticsearch-js-client-auth-bearer-js', 'src/search/client.js',
     'node elasticsearch clients authenticating with a bearer token and an api key', G)
def es_js(d):
    return fill('''const { Client } = require("@elastic/elasticsearch");

const search = new Client({
  node: "https://es.katalog.local:9200",
  auth: { bearer: "@A@" },
  tls: { rejectUnauthorized: true },
});

const analytics = new Client({
  node: "https://es-analytics.katalog.local:9200",
  auth: { apiKey: "@B@" },
});

const logs = new Client({
  node: "https://logs.katalog.local:9200",
  headers: { Authorization: "Bearer @C@" },
});

module.exports = { search, analytics, logs };
''', A=d.bt('b64_48', 'bearer-token'), B=d.gs('b64_40'), C=d.bt('an48', 'bearer-token'))


@doc('influxdb-client-python-token-py', 'collector/push_metrics.py',
     'python collector writing points with an influxdb client token', G)
def influx(d):
    tok = d.uniq(lambda: d.rs(86, B64U) + '==')
    return fill('''from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

client = InfluxDBClient(url="http://influx.vaxthus.lan:8086", token="@A@", org="vaxthus")
write = client.write_api(write_options=SYNCHRONOUS)
# separate read token for the grafana datasource test below
reader = InfluxDBClient(url="http://influx.vaxthus.lan:8086", token="@B@", org="vaxthus")


def push(sensor: str, temp: float, hum: float) -> None:
    write.write(bucket="klimat", record=Point("klimat").tag("sensor", sensor).field("temp", temp).field("fukt", hum))
''', A=d.L('generic-secret', tok), B=d.L('generic-secret', d.uniq(lambda: d.rs(86, B64U) + '==')))


@doc('wretch-auth-bearer-ts', 'src/api/http.ts',
     'typescript wretch instance with an auth bearer header', G)
def wretch_(d):
    return fill('''import wretch from "wretch";
import QueryStringAddon from "wretch/addons/queryString";

const API_TOKEN = "@A@";

export const api = wretch("https://api.bokningssystem.se/v1")
  .addon(QueryStringAddon)
  .auth(`Bearer ${API_TOKEN}`)
  .errorType("json");

export const admin = wretch("https://api.bokningssystem.se/admin").auth("Bearer @B@");

export const lediga = (resurs: string, dag: string) => api.url(`/resurser/${resurs}/lediga`).query({ dag }).get().json();
''', A=d.bt('hex48', 'bearer-token'), B=d.bt('an40', 'bearer-token'))


@doc('graphql-ws-connectionparams-ts', 'src/live/subscriptions.ts',
     'typescript graphql-ws client sending a jwt in connectionParams', G)
def graphql_ws(d):
    return fill('''import { createClient } from "graphql-ws";

// service account for the wallboard; rotate together with the hasura JWT secret
const WALLBOARD_JWT = "@A@";

export const wsClient = createClient({
  url: "wss://hasura.lager.local/v1/graphql",
  connectionParams: {
    headers: { Authorization: `Bearer ${WALLBOARD_JWT}` },
  },
  retryAttempts: Infinity,
});
''', A=d.jwt('HS256', {'https://hasura.io/jwt/claims': {'x-hasura-default-role': 'wallboard',
                                                        'x-hasura-allowed-roles': ['wallboard']}}))


@doc('node-process-env-default-token-js', 'src/integrations/shipping.js',
     'node module with environment variables falling back to literal tokens', G)
def node_env(d):
    return fill('''const SHIP_API = process.env.SHIP_API_URL ?? "https://api.fraktpartner.se/v2";
const SHIP_TOKEN = process.env.SHIP_API_TOKEN ?? "@A@";
const LABEL_TOKEN = process.env.LABEL_API_TOKEN || "@B@";
const TRACKING_TOKEN = process.env.TRACKING_TOKEN ?? "@C@";

async function book(shipment) {
  const res = await fetch(`${SHIP_API}/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${SHIP_TOKEN}` },
    body: JSON.stringify(shipment),
  });
  if (!res.ok) throw new Error(`booking failed ${res.status}`);
  return res.json();
}

async function label(id) {
  const res = await fetch(`https://labels.fraktpartner.se/v1/labels/${id}.pdf`, {
    headers: { Authorization: "Bearer " + LABEL_TOKEN },
  });
  return Buffer.from(await res.arrayBuffer());
}

module.exports = { book, label };
''', A=d.bt('an40', 'bearer-token'), B=d.bt('hex40', 'bearer-token'), C=d.bt('b64u_32', CLIENT))


@doc('go-os-getenv-fallback-token-go', 'internal/config/config.go',
     'go config package with getenv fallbacks to literal api tokens', G)
def go_env(d):
    return fill('''package config

import "os"

func env(key, def_ string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def_
}

type Config struct {
	PricingURL   string
	PricingToken string
	GeoToken     string
	AlertToken   string
}

func Load() Config {
	return Config{
		PricingURL:   env("PRICING_URL", "https://pricing.elbolaget.se/api"),
		PricingToken: env("PRICING_TOKEN", "@A@"),
		GeoToken:     env("GEO_TOKEN", "@B@"),
		AlertToken:   env("ALERT_TOKEN", "@C@"),
	}
}

// used as: req.Header.Set("Authorization", "Bearer "+cfg.PricingToken)
''', A=d.bt('an48', CLIENT), B=d.bt('hex32', CLIENT), C=d.bt('an32', CLIENT))


@doc('python-os-environ-get-default-token-py', 'app/settings.py',
     'python settings module with os.environ.get defaults holding api tokens', G)
def py_env(d):
    return fill('''import os

DEBUG = os.environ.get("DEBUG", "0") == "1"
PAYMENTS_API = os.environ.get("PAYMENTS_API", "https://api.betalpartner.se")
PAYMENTS_TOKEN = os.environ.get("PAYMENTS_TOKEN", "@A@")
MAPS_TOKEN = os.getenv("MAPS_TOKEN", "@B@")
SMS_API_TOKEN = os.environ.get("SMS_API_TOKEN") or "@C@"
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")

HEADERS = {"Authorization": f"Bearer {PAYMENTS_TOKEN}", "User-Agent": "kassan/3.2"}
''', A=d.bt('an40', CLIENT), B=d.bt('b64u_32', CLIENT), C=d.bt('hex40', CLIENT))


@doc('dropbox-sdk-python-oauth2-token-py', 'backup/upload_reports.py',
     'python backup script creating a dropbox client with an oauth2 access token, refresh token and app secret', G)
def dropbox_(d):
    return fill('''import dropbox

dbx = dropbox.Dropbox(
    oauth2_access_token="@A@",
    oauth2_refresh_token="@B@",
    app_key="@K@",
    app_secret="@S@",
)

with open("rapport-2026-01.pdf", "rb") as fh:
    dbx.files_upload(fh.read(), "/Rapporter/2026/rapport-2026-01.pdf", mode=dropbox.files.WriteMode.overwrite)
''', A=pref(d, 'sl.B', 136, B64U, CLIENT), B=d.gs('an64'), K=d.anx(15, LOW + DIG), S=d.gs('lower15'))


@doc('google-auth-credentials-token-py', 'scripts/sheets_export.py',
     'python script building google oauth credentials from a stored access token, refresh token and client secret', G)
def google_creds(d):
    cid = d.X(f'{d.ri(100000000000, 999999999999)}-{d.rs(32, LOW + DIG)}.apps.googleusercontent.com')
    return fill('''from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

creds = Credentials(
    token="@A@",
    refresh_token="@B@",
    token_uri="https://oauth2.googleapis.com/token",
    client_id="@C@",
    client_secret="@S@",
    scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"],
)
sheets = build("sheets", "v4", credentials=creds)
rows = sheets.spreadsheets().values().get(spreadsheetId="@I@", range="Bokningar!A1:H").execute()
print(len(rows.get("values", [])))
''', A=d.bt('ya29', CLIENT), B=pref(d, '1//0', 99, B64U, 'generic-secret'), C=cid,
        S=pref(d, 'GOCSPX-', 28, B64U, 'generic-secret'), I=d.anx(44, B64U))


@doc('vault-token-helper-file', 'home/ops/.vault-token',
     'vault cli token helper file holding the current token', G)
def vault_token(d):
    return hvs(d)


@doc('rancher-cli2-token-config', 'home/deploy/.rancher/cli2.json',
     'rancher cli configuration with server bearer tokens', G)
def rancher(d):
    def tok():
        return 'token-' + d.rs(5, LOW + DIG), d.gs('lower54')
    (k1, s1), (k2, s2) = tok(), tok()
    d.X(k1)
    d.X(k2)
    cfg = {'Servers': {
        'rancherDefault': {'accessKey': k1, 'secretKey': s1, 'tokenKey': f'{k1}:{s1}',
                           'url': 'https://rancher.drift.local', 'project': 'c-m-' + d.rs(8, LOW + DIG) + ':p-' + d.rs(5, LOW + DIG),
                           'cacert': ''},
        'staging': {'accessKey': k2, 'secretKey': s2, 'tokenKey': f'{k2}:{s2}',
                    'url': 'https://rancher-stage.drift.local', 'project': '', 'cacert': ''}},
        'CurrentServer': 'rancherDefault'}
    return json.dumps(cfg, indent=1)


@doc('neonctl-credentials-json', 'home/anna/.config/neonctl/credentials.json',
     'neon cli stored oauth credentials', G)
def neonctl(d):
    cfg = {'access_token': d.bt('b64u_32', CLIENT), 'expires_at': 1769003000000 + d.ri(0, 9999999),
           'expires_in': 3599, 'id_token': None, 'refresh_token': d.gs('b64u_32'), 'scope': 'openid offline offline_access '
           'urn:neoncloud:projects:create urn:neoncloud:projects:read urn:neoncloud:projects:update urn:neoncloud:projects:delete',
           'token_type': 'bearer', 'user_id': d.uuid()}
    return json.dumps(cfg)


@doc('wgetrc-header-authorization', 'home/build/.wgetrc',
     'wgetrc with authorization headers for internal artifact downloads', G)
def wgetrc(d):
    return fill('''# ~/.wgetrc for the build user
tries = 3
timeout = 30
continue = on
# artifact mirror (read only token, owner: plattform-teamet)
header = Authorization: Bearer @A@
header = Accept: application/octet-stream
check_certificate = on
ca_certificate = /etc/ssl/certs/intern-ca.pem
# old token, revoked? keep until the mirror migration is done
#header = Authorization: Bearer @B@
''', A=d.bt('an48', 'bearer-token'), B=d.bt('hex40', 'bearer-token'))


@doc('kulala-nvim-http-file', 'api/orders.http',
     'http request file for the kulala neovim client with a token variable', G)
def kulala(d):
    return fill('''@host = https://api.ordersystem.se
@token = @A@

### list orders
GET {{host}}/v2/orders?status=open&limit=20
Authorization: Bearer {{token}}
Accept: application/json

### get one order
GET {{host}}/v2/orders/@O@
Authorization: Bearer {{token}}

### webhooks (partner token)
GET {{host}}/v2/webhooks
Authorization: Bearer @C@

### admin: reindex (different token, admin scope)
POST {{host}}/admin/reindex
Authorization: Bearer @B@
Content-Type: application/json

{"index": "orders"}
''', A=d.bt('an48', 'bearer-token'), O=d.num(9), B=d.jwt('HS256', {'scope': 'admin', 'sub': 'ops'}),
        C=d.bt('hex40', 'bearer-token'))


@doc('doctl-config-yaml-access-token', 'home/ola/.config/doctl/config.yaml',
     'doctl configuration with the default access token and auth contexts', G)
def doctl(d):
    return fill('''access-token: @A@
auth-contexts:
  kund-fjellbyen: @B@
  privat: @C@
context: default
output: text
apps:
  dev:
    config: ""
''', A=pref(d, 'dop_v1_', 64, HEX, CLIENT), B=pref(d, 'dop_v1_', 64, HEX, CLIENT), C=pref(d, 'dop_v1_', 64, HEX, CLIENT))


@doc('fish-shell-history-api-calls', 'home/jonas/.local/share/fish/fish_history',
     'fish shell history with curl and httpie calls carrying bearer tokens', G)
def fish_hist(d):
    t = 1768900000 + d.ri(0, 500000)
    a = d.bt('an40', 'bearer-token')
    b = d.jwt('RS256', {'iss': 'https://login.kundportal.se', 'aud': 'api'})
    c = d.bt('hex40', 'bearer-token')
    cmds = ['cd ~/src/kundportal', 'git pull --rebase',
            f'curl -s -H "Authorization: Bearer {a}" https://api.kundportal.se/v1/me | jq .',
            f'http GET https://api.kundportal.se/v1/orders limit==5 "Authorization:Bearer {b}"',
            'set -gx KP_ENV staging',
            f'set -gx KP_TOKEN {d.bt("an48", CLIENT)}',
            f'curl -s https://api.kundportal.se/v1/invoices -H "authorization: bearer {d.bt("b64u_32", "bearer-token")}" | jq ".[0]"',
            f"curl -X POST https://hooks.lagersaldo.se/v1/sync -H 'Authorization: Bearer {c}' -d '{{\"full\":true}}'",
            'history delete --prefix curl']
    out = []
    for cmd in cmds:
        t += d.ri(5, 600)
        out.append(f'- cmd: {cmd}\n  when: {t}')
    return '\n'.join(out)


@doc('turso-cli-settings-json', 'home/sofie/.config/turso/settings.json',
     'turso cli settings holding the platform api token', G)
def turso(d):
    cfg = {'config': {'token': d.jwt('ES256', {'id': d.rs(22, B64U)}, cat='jwt|bearer-token'), 'username': 'sofie-h',
                      'cache': {'database_names': ['kvitton', 'kvitton-staging']}}}
    return json.dumps(cfg, indent=2)


@doc('xonsh-history-json-session', 'home/mikael/.local/share/xonsh/xonsh-history-7f3c1a2e.json',
     'xonsh shell history json with api calls carrying bearer tokens', G)
def xonsh(d):
    t = 1768900000.0 + d.ri(0, 500000)
    a = d.bt('an40', 'bearer-token')
    b = d.jwt('ES256', {'iss': 'https://id.lagerkollen.se', 'aud': 'lager-api', 'scope': 'read write'})
    c = d.bt('hex64', 'bearer-token')
    e = d.bt('b64u_32', CLIENT)
    cmds = [f'curl -sS https://api.lagerkollen.se/v3/artiklar -H "Authorization: Bearer {a}"\n',
            'cd ~/projekt/lagerkollen\n',
            f'http POST https://api.lagerkollen.se/v3/inventering "Authorization: Bearer {b}" lager=STO1\n',
            f'wscat -c wss://live.lagerkollen.se/events -H "Authorization: Bearer {c}"\n',
            f'$LK_TOKEN = "{e}"\n',
            'python -m lagerkollen.cli sync --since 2026-01-01\n',
            f'grpcurl -H "authorization: Bearer {d.bt("an48", "bearer-token")}" -d \'{{"lager":"STO1"}}\' api.lagerkollen.se:443 lager.v1.Saldo/Lista\n',
            f'gh auth login --with-token <<< {d.ghp("ghp_")}\n']
    items = []
    for cmd in cmds:
        t0 = t + d.rng.uniform(1, 300)
        t = t0 + d.rng.uniform(0.1, 4)
        items.append({'inp': cmd, 'rtn': 0, 'ts': [round(t0, 6), round(t, 6)]})
    data = {'data': {'cmds': items, 'env': {'HOME': '/home/mikael', 'XONSH_VERSION': '0.18.2'},
                     'locked': False, 'sessionid': d.uuid_raw(), 'ts': [items[0]['ts'][0], None]},
            'locs': [69, 3127, 3220, 0], 'index': {}}
    return json.dumps(data, indent=1)


@doc('opencode-config-json', 'home/lisa/.config/opencode/opencode.json',
     'ai coding agent configuration with provider api keys', G)
def opencode(d):
    cfg = {'$schema': 'https://opencode.ai/config.json', 'theme': 'tokyonight', 'model': 'anthropic/claude-sonnet-4-5',
           'provider': {'anthropic': {'options': {'apiKey': d.vendor('anthropic')}},
                        'openai': {'options': {'apiKey': d.vendor('openai')}},
                        'openrouter': {'options': {'apiKey': pref(d, 'sk-or-v1-', 64, HEX, CLIENT),
                                                   'baseURL': 'https://openrouter.ai/api/v1'}},
                        'groq': {'options': {'apiKey': pref(d, 'gsk_', 52, AN, CLIENT)}}},
           'autoupdate': True}
    return json.dumps(cfg, indent=2)


@doc('python-gql-aiohttp-transport-headers-py', 'etl/fetch_products.py',
     'python gql client with an aiohttp transport and authorization headers', G)
def gql_py(d):
    return fill('''import asyncio

from gql import Client, gql
from gql.transport.aiohttp import AIOHTTPTransport

TRANSPORT = AIOHTTPTransport(
    url="https://shop.koksbutiken.se/api/2024-10/graphql.json",
    headers={"Authorization": "Bearer @A@"},
)
ADMIN = AIOHTTPTransport(
    url="https://admin.koksbutiken.se/graphql",
    headers={"Authorization": "Bearer @B@", "X-Request-Source": "etl"},
)

QUERY = gql("""
query ($cursor: String) {
  products(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id title handle } }
}
""")


async def main():
    async with Client(transport=TRANSPORT, fetch_schema_from_transport=False) as session:
        res = await session.execute(QUERY, variable_values={"cursor": None})
        print(len(res["products"]["nodes"]))


asyncio.run(main())
''', A=d.bt('hex32', 'bearer-token'), B=d.jwt('HS256', {'role': 'etl', 'sub': 'etl-runner'}))


@doc('pwsh-securestring-token-authentication-ps1', 'drift/Hamta-Fakturor.ps1',
     'powershell script calling an api with -Authentication Bearer and a securestring token', G)
def pwsh(d):
    return fill('''#Requires -Version 7.2
param(
    [string]$Fran = (Get-Date).AddDays(-30).ToString('yyyy-MM-dd')
)

$token = ConvertTo-SecureString '@A@' -AsPlainText -Force
$env:ARKIV_API_TOKEN = '@C@'
$bas = 'https://api.fakturaportalen.se/v1'

$fakturor = Invoke-RestMethod -Uri "$bas/fakturor?fran=$Fran" -Authentication Bearer -Token $token -MaximumRetryCount 3
$fakturor | Export-Csv -Path "fakturor-$Fran.csv" -NoTypeInformation -Encoding utf8

# arkivet tar en annan token
Invoke-RestMethod -Method Post -Uri 'https://arkiv.kommun.local/api/import' `
    -Headers @{ Authorization = 'Bearer @B@' } `
    -InFile "fakturor-$Fran.csv" -ContentType 'text/csv'
''', A=d.bt('an40', 'bearer-token'), B=d.bt('hex40', 'bearer-token'), C=d.bt('an32', CLIENT))


@doc('makefile-deploy-targets-curl-bearer', 'Makefile',
     'makefile with deploy and smoke-test targets calling apis with bearer tokens', G)
def makefile(d):
    return fill('''SHELL := /bin/bash
IMAGE ?= registry.butiken.se/webb:$(shell git rev-parse --short HEAD)
DEPLOY_TOKEN ?= @A@

.PHONY: build push deploy smoke

build:
\tdocker build -t $(IMAGE) .

push: build
\tdocker push $(IMAGE)

deploy: push
\tcurl -fsS -X POST https://deploy.butiken.se/api/v1/deployments \\
\t  -H "Authorization: Bearer $(DEPLOY_TOKEN)" \\
\t  -H "Content-Type: application/json" \\
\t  -d '{"image":"$(IMAGE)","env":"prod"}'

smoke:
\tcurl -fsS https://www.butiken.se/health -H "Authorization: Bearer @B@"
''', A=d.bt('an40', CLIENT), B=d.bt('hex32', 'bearer-token'))


@doc('psysh-guzzle-session-transcript', 'notes/tinker-export-kunder.txt',
     'php psysh session creating a guzzle client with a bearer header', G)
def psysh(d):
    return fill('''Psy Shell v0.12.3 (PHP 8.3.2 — cli) by Justin Hileman
> $c = new GuzzleHttp\\Client(['base_uri' => 'https://api.crm-nord.se/v2/', 'headers' => ['Authorization' => 'Bearer @A@']]);
= GuzzleHttp\\Client {#6422}

> $r = $c->get('kunder', ['query' => ['andrad_efter' => '2026-01-01']]);
= GuzzleHttp\\Psr7\\Response {#6431}

> Http::withToken('@B@')->get('https://api.crm-nord.se/v2/ping')->status();
= 200

> $r->getStatusCode();
= 200

> count(json_decode((string) $r->getBody(), true)['data']);
= 412
''', A=d.bt('an40', 'bearer-token'), B=d.bt('hex40', CLIENT))


@doc('elvish-rc-api-tokens', 'home/ida/.config/elvish/rc.elv',
     'elvish shell rc file exporting api tokens and a helper that calls an api', G)
def elvish(d):
    return fill('''use str
use path

set paths = [~/.local/bin ~/go/bin $@paths]

set-env EDITOR hx
set-env TRELLO_TOKEN @A@
set-env SENTRY_AUTH_TOKEN @B@

fn rapport {|dag|
  curl -s https://api.tidrapport.se/v1/dagar/$dag -H 'Authorization: Bearer @C@' | from-json
}
''', A=d.bt('hex64', CLIENT), B=pref(d, 'sntryu_', 64, HEX, CLIENT), C=d.bt('an40', 'bearer-token'))


@doc('condarc-private-channel-token', 'home/analys/.condarc',
     'conda configuration with token-authenticated private channels', G)
def condarc(d):
    a = d.gs('an30', label=False)
    return fill('''channels:
  - https://conda.anaconda.org/t/@A@/analysgruppen
  - https://repo.labbet.se/t/@B@/get/intern
  - conda-forge
channel_priority: strict
auto_activate_base: false
ssl_verify: /etc/ssl/certs/labbet-ca.pem
''', A=d.L('generic-secret', 'an-' + a), B=d.gs('an32'))


@doc('nexus-repository-bearer-npmrc-script', 'ci/scripts/configure-registries.sh',
     'ci script writing registry auth lines for a nexus npm proxy and a github packages scope', G)
def nexus_script(d):
    return fill('''#!/usr/bin/env bash
set -euo pipefail

# Nexus npm proxy: bearer token realm enabled on the repository
NEXUS_TOKEN="${NEXUS_TOKEN:-@A@}"
cat > "$HOME/.npmrc" <<NPMRC
registry=https://nexus.byggsystem.se/repository/npm-group/
//nexus.byggsystem.se/repository/npm-group/:_authToken=${NEXUS_TOKEN}
@byggsystem:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@G@
always-auth=true
NPMRC

curl -fsS -H "Authorization: Bearer ${NEXUS_TOKEN}" https://nexus.byggsystem.se/service/rest/v1/status/check >/dev/null
echo "registries configured"
''', A=d.L(CLIENT, 'NpmToken.' + d.uuid_raw()), G=d.ghp('ghp_'))
