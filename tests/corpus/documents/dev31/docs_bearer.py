"""Group 2: bearer and API tokens handed to SDK and API clients."""
import base64
import json

from registry import doc
from core import fill

G = "bearer"
BG = "bearer-token|generic-secret"


def airtable_pat(d):
    return "pat" + d.alnum(14) + "." + d.hex(64)


def twitter_bearer(d):
    return "AAAAAAAAAAAAAAAAAAAAA" + d.alnum(8) + "AAAAAAA" + d.alnum(20) + "%2B" + d.alnum(12) + "%3D" + d.alnum(50)


def es_service_token(d, name):
    raw = b"\x00\x01\x00\x01elastic/fleet-server/" + name.encode() + b":" + d.alnum(22).encode()
    return base64.b64encode(raw).decode().rstrip("=")


def intercom_tok(d):
    return base64.b64encode(("tok:" + d.uuid.__self__.hex(8) + "_" + d.hex(4) + "_" + d.hex(4) + "_" + d.hex(4) + "_" + d.hex(12) + ":1:0").encode()).decode()


def uuid_raw(d):
    h = d.hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{d.pick('89ab')}{h[17:20]}-{h[20:]}"


# ------------------------------------------------------------------ Python
@doc("pyairtable-api-positional-token-py", "scripts/sync_volunteers.py",
     "python script syncing volunteers to airtable with pyairtable Api objects created from personal access tokens", G)
def pyairtable(d):
    t1 = d.L(BG, airtable_pat(d)); t2 = d.L(BG, airtable_pat(d))
    base = d.X("app" + d.alnum(14)); tbl = d.X("tbl" + d.alnum(14)); base2 = d.X("app" + d.alnum(14))
    return fill('''#!/usr/bin/env python3
"""Copy volunteer sign-ups from the web form DB into the Airtable base the
coordinators use. Runs every 15 minutes from cron on tools-01."""
import logging
import sqlite3
from datetime import datetime, timezone

from pyairtable import Api
from pyairtable.formulas import match

log = logging.getLogger("sync_volunteers")

# personal access token with data.records:read/write on the two bases
api = Api("@t1@")
volunteers = api.table("@base@", "@tbl@")

# read-only token for the archive base (2025 season)
archive = Api("@t2@").table("@base2@", "Volontärer 2025")


def rows(db_path: str):
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    yield from con.execute("select * from signups where synced_at is null order by id")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    for r in rows("/srv/anmalan/anmalan.db"):
        existing = volunteers.first(formula=match({"Anmälnings-ID": r["id"]}))
        fields = {
            "Anmälnings-ID": r["id"],
            "Namn": r["name"],
            "Pass": r["shift"],
            "Tröjstorlek": r["shirt_size"],
            "Tidigare år": bool(archive.first(formula=match({"Namn": r["name"]}))),
            "Synkad": datetime.now(timezone.utc).isoformat(),
        }
        if existing:
            volunteers.update(existing["id"], fields)
        else:
            volunteers.create(fields)
        log.info("synced signup %s", r["id"])


if __name__ == "__main__":
    main()
''', t1=t1, t2=t2, base=base, tbl=tbl, base2=base2)


@doc("tweepy-client-bearer-token-py", "bots/trafikinfo/post_alerts.py",
     "python bot posting traffic alerts with a tweepy client built from an app bearer token and user-context keys", G)
def tweepy(d):
    bt = d.L("bearer-token", twitter_bearer(d))
    ck = d.X(d.alnum(25))
    cs = d.S("alnum:50")
    at = d.L("generic-secret", d.digits(19) + "-" + d.alnum(30))
    ats = d.S("alnum:45")
    return fill('''import os
import time

import requests
import tweepy

# App-only client for reading mentions (OAuth 2.0 bearer token)
reader = tweepy.Client(bearer_token="@bt@", wait_on_rate_limit=True)

# User-context client for posting as @trafikinfo_sthlm (OAuth 1.0a)
poster = tweepy.Client(
    consumer_key="@ck@",
    consumer_secret=os.getenv("X_CONSUMER_SECRET", "@cs@"),
    access_token="@at@",
    access_token_secret="@ats@",
)

FEED = "https://api.trafikinfo-intern.se/v1/alerts?region=AB&severity=high"
SEEN: set[str] = set()


def poll() -> None:
    for alert in requests.get(FEED, timeout=10).json()["alerts"]:
        if alert["id"] in SEEN:
            continue
        text = f"{alert['road']}: {alert['message']} ({alert['updated'][11:16]})"
        poster.create_tweet(text=text[:280])
        SEEN.add(alert["id"])


if __name__ == "__main__":
    me = reader.get_user(username="trafikinfo_sthlm")
    print("posting as", me.data.id)
    while True:
        poll()
        time.sleep(120)
''', bt=bt, ck=ck, cs=cs, at=at, ats=ats)


@doc("cohere-clientv2-positional-key-py", "rag/rerank.py",
     "python rag helper reranking search hits with a cohere ClientV2 created from a positional api key", G)
def cohere(d):
    k1 = d.L(BG, d.alnum(40)); k2 = d.L(BG, d.alnum(40))
    return fill('''"""Rerank Elasticsearch hits with Cohere before they go to the LLM."""
from __future__ import annotations

import cohere

# production key (trial key below is rate limited to 10 calls/min)
co = cohere.ClientV2("@k1@")
co_trial = cohere.ClientV2("@k2@", timeout=20)

MODEL = "rerank-v3.5"


def rerank(query: str, hits: list[dict], top_n: int = 5, trial: bool = False) -> list[dict]:
    client = co_trial if trial else co
    docs = [h["_source"]["text"] for h in hits]
    res = client.rerank(model=MODEL, query=query, documents=docs, top_n=top_n)
    return [hits[r.index] | {"rerank_score": r.relevance_score} for r in res.results]
''', k1=k1, k2=k2)


@doc("pydo-client-token-py", "ops/droplet_report.py",
     "python report listing droplets and volumes of two digitalocean teams with pydo clients", G)
def pydo(d):
    t1 = d.L(BG, "dop_v1_" + d.hex(64)); t2 = d.L(BG, "dop_v1_" + d.hex(64))
    return fill('''#!/usr/bin/env python3
"""Weekly cost report: droplets and volumes per team."""
import csv
import sys

from pydo import Client

TEAMS = {
    "webb": Client(token="@t1@"),
    "data": Client(token="@t2@"),
}

w = csv.writer(sys.stdout)
w.writerow(["team", "kind", "name", "region", "size", "monthly_usd"])
for team, client in TEAMS.items():
    for droplet in client.droplets.list(per_page=200)["droplets"]:
        w.writerow([team, "droplet", droplet["name"], droplet["region"]["slug"],
                    droplet["size_slug"], droplet["size"]["price_monthly"]])
    for vol in client.volumes.list()["volumes"]:
        w.writerow([team, "volume", vol["name"], vol["region"]["slug"], f'{vol["size_gigabytes"]}GB',
                    round(vol["size_gigabytes"] * 0.10, 2)])
''', t1=t1, t2=t2)


@doc("mastodon-py-access-token-py", "bots/biblioteket/boost.py",
     "python bot using Mastodon.py with a client id, client secret and access token to boost library posts", G)
def mastopy(d):
    cid = d.X(d.b64url(43)); cs = d.S("url:43"); at = d.L(BG, d.b64url(43))
    return fill('''from mastodon import Mastodon

# app registered on social.bibliotek-sydost.se (Preferences > Development)
CLIENT_ID = "@cid@"
CLIENT_SECRET = "@cs@"

m = Mastodon(
    client_id=CLIENT_ID,
    client_secret=CLIENT_SECRET,
    access_token="@at@",
    api_base_url="https://social.bibliotek-sydost.se",
    ratelimit_method="pace",
)

TAGS = ["bokcirkel", "författarbesök", "sagostund"]

for tag in TAGS:
    for status in m.timeline_hashtag(tag, limit=20, local=True):
        if not status["reblogged"]:
            m.status_reblog(status["id"])
            print("boosted", status["url"])
''', cid=cid, cs=cs, at=at)


@doc("upstash-redis-rest-token-py", "api/ratelimit.py",
     "python serverless function using upstash-redis over rest with a read-write and a read-only token", G)
def upstash(d):
    t1 = d.L(BG, "AX" + d.alnum(60) + "="); t2 = d.L(BG, "Ap" + d.alnum(60) + "=")
    return fill('''from upstash_redis import Redis
from upstash_ratelimit import Ratelimit, SlidingWindow

redis = Redis(
    url="https://eu1-valued-heron-38112.upstash.io",
    token="@t1@",
)

# read-only token, used by the public status page
redis_ro = Redis(url="https://eu1-valued-heron-38112.upstash.io", token="@t2@")

ratelimit = Ratelimit(redis=redis, limiter=SlidingWindow(max_requests=30, window=60), prefix="rl:api")


def handler(request):
    ip = request.headers.get("x-forwarded-for", "anon").split(",")[0].strip()
    res = ratelimit.limit(ip)
    if not res.allowed:
        return {"statusCode": 429, "headers": {"Retry-After": str(res.reset)}, "body": "Too many requests"}
    return {"statusCode": 200, "body": "ok"}


def status():
    return {"requests_today": redis_ro.get("stats:requests:today") or 0}
''', t1=t1, t2=t2)


@doc("python-gitlab-private-token-code-py", "tools/mr_report.py",
     "python merge request report using python-gitlab with a private token and a job token", G)
def pygl(d):
    t1 = d.L("gitlab-token", d.glpat()); t2 = d.L("gitlab-token", d.glpat())
    return fill('''#!/usr/bin/env python3
"""List open merge requests older than a week across the 'kommun-it' group."""
from datetime import datetime, timedelta, timezone

import gitlab

gl = gitlab.Gitlab("https://git.kommun-it.se", private_token="@t1@")
gl.auth()

# bot account on gitlab.com for the mirrored open source projects
gl_com = gitlab.Gitlab("https://gitlab.com", private_token="@t2@", per_page=100)

cutoff = datetime.now(timezone.utc) - timedelta(days=7)
for instance, group in ((gl, "kommun-it"), (gl_com, "kommun-it-oss")):
    for mr in instance.groups.get(group).mergerequests.list(state="opened", iterator=True):
        created = datetime.fromisoformat(mr.created_at.replace("Z", "+00:00"))
        if created < cutoff:
            print(f"{mr.references['full']:40} {mr.author['username']:15} {mr.title[:60]}")
''', t1=t1, t2=t2)


# ------------------------------------------------------------------ Go
@doc("go-tfe-config-token-go", "cmd/workspace-audit/main.go",
     "go tool auditing terraform cloud workspaces with a go-tfe client configured with team and organization tokens", G)
def gotfe(d):
    t1 = d.L(BG, d.alnum(14) + ".atlasv1." + d.alnum(67))
    t2 = d.L(BG, d.alnum(14) + ".atlasv1." + d.alnum(67))
    return fill('''package main

import (
	"context"
	"fmt"
	"log"
	"os"

	tfe "github.com/hashicorp/go-tfe"
)

const org = "regionhalland-infra"

func client(token string) *tfe.Client {
	c, err := tfe.NewClient(&tfe.Config{
		Address: "https://app.terraform.io",
		Token:   token,
	})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

func main() {
	ctx := context.Background()
	token := os.Getenv("TFE_TOKEN")
	if token == "" {
		token = "@t1@" // team token "platform"
	}
	c := client(token)
	orgClient := client("@t2@") // organization token, needed for team listing

	ws, err := c.Workspaces.List(ctx, org, &tfe.WorkspaceListOptions{ListOptions: tfe.ListOptions{PageSize: 100}})
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range ws.Items {
		fmt.Printf("%-40s %-8s auto-apply=%v\\n", w.Name, w.TerraformVersion, w.AutoApply)
	}
	teams, err := orgClient.Teams.List(ctx, org, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("teams:", len(teams.Items))
}
''', t1=t1, t2=t2)


@doc("go-openai-newclient-positional-go", "internal/ai/openai.go",
     "go package creating sashabaranov go-openai clients from a positional key and an azure config", G)
def goopenai(d):
    k = d.L("openai-key", d.openai()); az = d.S("hex:32")
    return fill('''package ai

import (
	"context"

	openai "github.com/sashabaranov/go-openai"
)

var (
	client = openai.NewClient("@k@")
	azure  = openai.NewClientWithConfig(openai.DefaultAzureConfig("@az@", "https://kundtjanst-ai.openai.azure.com/"))
)

// Classify returns the category for a customer e-mail.
func Classify(ctx context.Context, body string, useAzure bool) (string, error) {
	c := client
	if useAzure {
		c = azure
	}
	resp, err := c.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: openai.GPT4oMini,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "Svara med exakt en kategori: faktura, leverans, retur, övrigt."},
			{Role: openai.ChatMessageRoleUser, Content: body},
		},
		Temperature: 0,
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
''', k=k, az=az)


@doc("notionapi-newclient-token-go", "cmd/notion-backup/main.go",
     "go backup tool exporting notion databases with jomei/notionapi clients created from integration tokens", G)
def notion(d):
    t1 = d.L(BG, "ntn_" + d.alnum(46)); t2 = d.L(BG, "secret_" + d.alnum(43))
    db = d.X(d.hex(32))
    return fill('''package main

import (
	"context"
	"encoding/json"
	"log"
	"os"

	"github.com/jomei/notionapi"
)

func main() {
	ctx := context.Background()
	// internal integration "Backup" in the Föreningen workspace
	client := notionapi.NewClient("@t1@")
	// legacy integration token from the old workspace, still has access to the archive
	legacy := notionapi.NewClient("@t2@", notionapi.WithVersion("2022-06-28"))

	for name, c := range map[string]*notionapi.Client{"main": client, "legacy": legacy} {
		resp, err := c.Database.Query(ctx, notionapi.DatabaseID("@db@"), &notionapi.DatabaseQueryRequest{PageSize: 100})
		if err != nil {
			log.Printf("%s: %v", name, err)
			continue
		}
		f, _ := os.Create("backup-" + name + ".json")
		_ = json.NewEncoder(f).Encode(resp.Results)
		f.Close()
	}
}
''', t1=t1, t2=t2, db=db)


@doc("grafana-api-golang-client-go", "tools/dashsync/main.go",
     "go tool syncing dashboards with grafana-api-golang-client using service account tokens and a basic auth fallback", G)
def gapi(d):
    t1 = d.L(BG, "glsa_" + d.alnum(32) + "_" + d.hex(8)); t2 = d.L(BG, "glsa_" + d.alnum(32) + "_" + d.hex(8))
    pw = d.L("password", d.secret("alnum:18"))
    return fill('''package main

import (
	"log"
	"net/url"

	gapi "github.com/grafana/grafana-api-golang-client"
)

func main() {
	src, err := gapi.New("https://grafana.drift.internal", gapi.Config{APIKey: "@t1@", OrgID: 1})
	if err != nil {
		log.Fatal(err)
	}
	dst, err := gapi.New("https://grafana-dr.drift.internal", gapi.Config{APIKey: "@t2@", OrgID: 1})
	if err != nil {
		log.Fatal(err)
	}
	// the old 9.x instance has no service accounts yet
	old, _ := gapi.New("http://grafana-old.drift.internal:3000", gapi.Config{BasicAuth: url.UserPassword("admin", "@pw@")})

	dashboards, err := src.Dashboards()
	if err != nil {
		log.Fatal(err)
	}
	for _, db := range dashboards {
		full, err := src.DashboardByUID(db.UID)
		if err != nil {
			log.Printf("skip %s: %v", db.UID, err)
			continue
		}
		full.Overwrite = true
		if _, err := dst.NewDashboard(*full); err != nil {
			log.Printf("copy %s: %v", db.Title, err)
		}
	}
	_ = old
}
''', t1=t1, t2=t2, pw=pw)


@doc("client-go-rest-config-bearertoken-go", "cmd/nodedrain/main.go",
     "go tool building a client-go rest.Config by hand with a service account bearer token and a ca bundle", G)
def clientgo(d):
    tok = d.L("jwt|bearer-token", d.jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 1825747200, "iat": 1794211200,
                                         "iss": "https://kubernetes.default.svc.cluster.local",
                                         "kubernetes.io": {"namespace": "ops", "serviceaccount": {"name": "nodedrain", "uid": uuid_raw(d)}},
                                         "nbf": 1794211200, "sub": "system:serviceaccount:ops:nodedrain"}, alg="RS256", kid=d.b64url(43)))
    return fill('''package main

import (
	"context"
	"fmt"
	"log"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
)

func main() {
	cfg := &rest.Config{
		Host:        "https://10.20.0.1:6443",
		BearerToken: "@tok@",
		TLSClientConfig: rest.TLSClientConfig{
			CAFile: "/etc/nodedrain/ca.crt",
		},
		QPS:   20,
		Burst: 40,
	}
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		log.Fatal(err)
	}
	nodes, err := cs.CoreV1().Nodes().List(context.Background(), metav1.ListOptions{LabelSelector: "pool=batch"})
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range nodes.Items {
		fmt.Println(n.Name, n.Spec.Unschedulable)
	}
}
''', tok=tok)


@doc("go-elasticsearch-servicetoken-go", "internal/search/es.go",
     "go package creating go-elasticsearch clients with a service token and an api key", G)
def goes(d):
    st = d.L(BG, es_service_token(d, "ingest"))
    ak = d.L("generic-secret", base64.b64encode((d.alnum(20) + ":" + d.b64url(22)).encode()).decode())
    return fill('''package search

import (
	"github.com/elastic/go-elasticsearch/v8"
)

// NewIngest returns the client used by the ingest workers. Service tokens
// are sent as "Authorization: Bearer"; the API key as "ApiKey".
func NewIngest() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses:    []string{"https://es-01.sok.internal:9200", "https://es-02.sok.internal:9200"},
		ServiceToken: "@st@",
		CACert:       caCert,
	})
}

// NewReader is used by the public search API (read-only API key).
func NewReader() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		CloudID: "sok-prod:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbzo0NDMkYWJjZGVmJGdoaWprbA==",
		APIKey:  "@ak@",
	})
}

var caCert = []byte(`-----BEGIN CERTIFICATE-----
MIIDSjCCAjKgAwIBAgIVAJQLm8V2LcaCTHUcoIfO+KL63nG3MA0GCSqGSIb3DQEB
CwUAMDQxMjAwBgNVBAMTKUVsYXN0aWMgQ2VydGlmaWNhdGUgVG9vbCBBdXRvZ2Vu
ZXJhdGVkIENBMB4XDTI2MDMwMjA5MTIxNloXDTI5MDMwMTA5MTIxNlowNDEyMDAG
-----END CERTIFICATE-----`)
''', st=st, ak=ak)


# ------------------------------------------------------------------ TypeScript / JavaScript
@doc("twitter-api-v2-positional-bearer-ts", "src/social/x.ts",
     "typescript module creating twitter-api-v2 clients: app-only from a positional bearer token and user context from app and access secrets", G)
def twv2(d):
    bt = d.L(BG, twitter_bearer(d))
    ak = d.X(d.alnum(25)); asec = d.S("alnum:50"); at = d.X(d.digits(19) + "-" + d.alnum(30)); asx = d.S("alnum:45")
    d.labels = [l for l in d.labels]  # at is public-ish? no: label it
    d.L("generic-secret", at); d.looks.remove(at)
    return fill('''import { TwitterApi } from "twitter-api-v2";

// App-only (read) client
const appOnlyClient = new TwitterApi("@bt@");
export const readOnly = appOnlyClient.readOnly;

// User-context client for @festivalen_umea
const userClient = new TwitterApi({
  appKey: "@ak@",
  appSecret: "@asec@",
  accessToken: "@at@",
  accessSecret: "@asx@",
});
export const rw = userClient.readWrite;

export async function postLineupUpdate(text: string, mediaPath?: string) {
  const mediaIds = mediaPath ? [await rw.v1.uploadMedia(mediaPath)] : undefined;
  return rw.v2.tweet({ text, media: mediaIds ? { media_ids: mediaIds as [string] } : undefined });
}

export async function mentionsSince(sinceId?: string) {
  const me = await readOnly.v2.userByUsername("festivalen_umea");
  return readOnly.v2.userMentionTimeline(me.data.id, { since_id: sinceId, max_results: 50 });
}
''', bt=bt, ak=ak, asec=asec, at=at, asx=asx)


@doc("resend-node-positional-key-ts", "src/lib/email.ts",
     "typescript email helper creating resend node clients from positional api keys for transactional and newsletter mail", G)
def resendts(d):
    k1 = d.L(BG, "re_" + d.alnum(8) + "_" + d.alnum(24)); k2 = d.L(BG, "re_" + d.alnum(8) + "_" + d.alnum(24))
    aud = d.uuid()
    return fill('''import { Resend } from "resend";
import { render } from "@react-email/render";
import OrderConfirmation from "@/emails/order-confirmation";

const transactional = new Resend(process.env.RESEND_API_KEY ?? "@k1@");
// separate key with only "audiences" permission
const newsletter = new Resend("@k2@");

const AUDIENCE_ID = "@aud@";

export async function sendOrderConfirmation(to: string, order: { id: string; total: number }) {
  return transactional.emails.send({
    from: "Butiken <order@butiken-hantverk.se>",
    to,
    subject: `Orderbekräftelse ${order.id}`,
    html: await render(OrderConfirmation({ order })),
  });
}

export async function subscribe(email: string, firstName?: string) {
  return newsletter.contacts.create({ email, firstName, unsubscribed: false, audienceId: AUDIENCE_ID });
}
''', k1=k1, k2=k2, aud=aud).replace("order@butiken-hantverk.se", d.L("email", "order@butiken-hantverk.se"))


@doc("netlify-js-client-positional-ts", "scripts/prune-deploys.ts",
     "typescript script pruning old netlify deploys with NetlifyAPI created from a positional personal access token", G)
def netlify(d):
    t = d.L(BG, "nfp_" + d.alnum(36))
    site = d.uuid()
    return fill('''import { NetlifyAPI } from "netlify";

const client = new NetlifyAPI("@t@");
const SITE_ID = "@site@"; // kulturskolan-web

const KEEP = 30;

const deploys = await client.listSiteDeploys({ site_id: SITE_ID, per_page: 100 });
const old = deploys
  .filter((d) => d.state === "ready" && d.context !== "production")
  .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
  .slice(KEEP);

for (const d of old) {
  await client.deleteDeploy({ deploy_id: d.id });
  console.log(`deleted ${d.id} (${d.branch}, ${d.created_at})`);
}
''', t=t, site=site)


@doc("cloudflare-node-sdk-apitoken-ts", "workers/tools/purge.ts",
     "typescript cache purge tool using the cloudflare node sdk with an api token and a legacy global api key and e-mail", G)
def cfts(d):
    t = d.L(BG, d.b64url(40)); gk = d.S("hex:37")
    zone = d.X(d.hex(32)); acc = d.X(d.hex(32))
    em = d.email("Jesper", "Nielsen", domain="webbyran-kolding.dk", style=0)
    return fill('''import Cloudflare from "cloudflare";

const client = new Cloudflare({
  apiToken: "@t@", // "Cache Purge" token, zone kolding-bibliotek.dk
});

// the old account still only works with the global API key
const legacy = new Cloudflare({
  apiEmail: "@em@",
  apiKey: "@gk@",
});

const ZONE_ID = "@zone@";
const ACCOUNT_ID = "@acc@";

export async function purge(urls: string[], useLegacy = false) {
  const c = useLegacy ? legacy : client;
  const res = await c.cache.purge({ zone_id: ZONE_ID, files: urls });
  console.log("purged", res?.id, urls.length, "urls in account", ACCOUNT_ID);
}
''', t=t, em=em, gk=gk, zone=zone, acc=acc)


@doc("vercel-sdk-bearertoken-ts", "scripts/env-sync.ts",
     "typescript script syncing environment variables with the vercel sdk configured with bearerToken", G)
def vercelsdk(d):
    t1 = d.L("bearer-token", d.alnum(24)); t2 = d.L("bearer-token", d.alnum(24))
    team = d.X("team_" + d.alnum(24)); proj = d.X("prj_" + d.alnum(28))
    return fill('''import { Vercel } from "@vercel/sdk";

const vercel = new Vercel({ bearerToken: "@t1@" });
// token of the agency team, for the customer projects
const agency = new Vercel({ bearerToken: "@t2@" });

const TEAM_ID = "@team@";
const PROJECT_ID = "@proj@";

const wanted: Record<string, string> = {
  NEXT_PUBLIC_SITE_URL: "https://www.hamnfestivalen.se",
  NEXT_PUBLIC_PLAUSIBLE_DOMAIN: "hamnfestivalen.se",
};

for (const [key, value] of Object.entries(wanted)) {
  await vercel.projects.createProjectEnv({
    idOrName: PROJECT_ID,
    teamId: TEAM_ID,
    upsert: "true",
    requestBody: { key, value, type: "plain", target: ["production", "preview"] },
  });
  console.log("set", key);
}

const { projects } = await agency.projects.getProjects({});
console.log("agency projects:", projects.map((p) => p.name).join(", "));
''', t1=t1, t2=t2, team=team, proj=proj)


@doc("masto-js-createrestapiclient-ts", "src/announce.ts",
     "typescript announcement bot using masto.js createRestAPIClient with access tokens of two accounts", G)
def mastojs(d):
    t1 = d.L(BG, d.b64url(43)); t2 = d.L(BG, d.b64url(43))
    return fill('''import { createRestAPIClient } from "masto";

const kommunen = createRestAPIClient({
  url: "https://social.kommun.se",
  accessToken: "@t1@",
});

const raddningstjansten = createRestAPIClient({
  url: "https://social.kommun.se",
  accessToken: "@t2@",
});

export async function announce(text: string, urgent = false) {
  const status = await kommunen.v1.statuses.create({ status: text, visibility: "public", language: "sv" });
  if (urgent) {
    await raddningstjansten.v1.statuses.$select(status.id).reblog();
  }
  return status.url;
}
''', t1=t1, t2=t2)


@doc("urql-client-fetchoptions-bearer-ts", "src/graphql/client.ts",
     "typescript urql client whose fetchOptions add a bearer header from a constant token", G)
def urql(d):
    t = d.L("bearer-token", d.b64url(48)); pt = d.L("bearer-token", d.hex(40))
    return fill('''import { Client, cacheExchange, fetchExchange } from "@urql/core";

// service token for the storefront BFF (read-only scope)
const STOREFRONT_TOKEN = "@t@";

export const client = new Client({
  url: "https://api.cykelbutiken-gbg.se/graphql",
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({
    headers: { authorization: `Bearer ${STOREFRONT_TOKEN}` },
  }),
});

// preview client for the CMS drafts
export const previewClient = new Client({
  url: "https://cms.cykelbutiken-gbg.se/graphql",
  exchanges: [fetchExchange],
  fetchOptions: {
    headers: { Authorization: "Bearer @pt@", "x-preview": "1" },
  },
});
''', t=t, pt=pt)


@doc("openapi-fetch-createclient-headers-ts", "src/api/lager.ts",
     "typescript openapi-fetch client with a bearer authorization header and a middleware adding a second token", G)
def openapifetch(d):
    t = d.L("bearer-token", d.b64url(40)); t2 = d.L("bearer-token", d.alnum(32))
    return fill('''import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./lager.schema"; // generated by openapi-typescript

export const lager = createClient<paths>({
  baseUrl: "https://lager-api.grossisten-norr.se/v2",
  headers: {
    Authorization: "Bearer @t@",
    "Accept-Language": "sv-SE",
  },
});

const ADMIN_TOKEN = "@t2@";

const adminAuth: Middleware = {
  async onRequest({ request }) {
    if (new URL(request.url).pathname.startsWith("/v2/admin")) {
      request.headers.set("Authorization", `Bearer ${ADMIN_TOKEN}`);
    }
    return request;
  },
};
lager.use(adminAuth);

export async function saldo(artikelnr: string) {
  const { data, error } = await lager.GET("/articles/{artikelnr}/stock", { params: { path: { artikelnr } } });
  if (error) throw new Error(error.message);
  return data;
}
''', t=t, t2=t2)


# ------------------------------------------------------------------ Java / Kotlin
@doc("spring-restclient-setbearerauth-java", "src/main/java/se/vard/remiss/client/RemissClientConfig.java",
     "spring boot configuration building RestClient beans with setBearerAuth default headers", G)
def restclient(d):
    t1 = d.L("bearer-token", d.b64url(44)); t2 = d.L("bearer-token", d.hex(48))
    return fill('''package se.vard.remiss.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@Configuration
public class RemissClientConfig {

    @Bean
    RestClient remissClient(@Value("${remiss.base-url:https://remiss-api.regionvast.internal}") String baseUrl) {
        return RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> {
                    h.setBearerAuth("@t1@");
                    h.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
                })
                .build();
    }

    @Bean
    RestClient labClient() {
        return RestClient.builder()
                .baseUrl("https://lab-svar.regionvast.internal/api")
                .defaultHeaders(h -> h.setBearerAuth("@t2@"))
                .defaultHeader("X-Caller", "remiss-service")
                .build();
    }
}
''', t1=t1, t2=t2)


@doc("fabric8-configbuilder-oauthtoken-java", "src/main/java/se/drift/k8s/ClusterClients.java",
     "java factory building fabric8 kubernetes clients with an oauth token and a username and password", G)
def fabric8(d):
    tok = d.L("jwt|bearer-token", d.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "batch",
                                         "kubernetes.io/serviceaccount/secret.name": "report-runner-token-9xk2q",
                                         "kubernetes.io/serviceaccount/service-account.name": "report-runner",
                                         "sub": "system:serviceaccount:batch:report-runner"}, alg="RS256", kid=d.b64url(43)))
    pw = d.L("password", d.secret("alnum:20"))
    return fill('''package se.drift.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

public final class ClusterClients {

    private ClusterClients() {
    }

    public static KubernetesClient production() {
        Config config = new ConfigBuilder()
                .withMasterUrl("https://k8s-prod.drift.internal:6443")
                .withOauthToken("@tok@")
                .withNamespace("batch")
                .withCaCertFile("/etc/report-runner/prod-ca.crt")
                .build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    /** old OpenShift 3 cluster, basic auth only */
    public static KubernetesClient legacy() {
        Config config = new ConfigBuilder()
                .withMasterUrl("https://ocp3.drift.internal:8443")
                .withUsername("report-runner")
                .withPassword("@pw@")
                .withTrustCerts(true)
                .build();
        return new KubernetesClientBuilder().withConfig(config).build();
    }
}
''', tok=tok, pw=pw)


@doc("gitlab4j-api-constructor-java", "src/main/java/se/kommun/release/ReleaseNotes.java",
     "java release notes generator creating gitlab4j GitLabApi clients from a host url and personal access tokens", G)
def gitlab4j(d):
    t1 = d.L("gitlab-token", d.glpat()); t2 = d.L("gitlab-token", d.glpat())
    return fill('''package se.kommun.release;

import java.util.List;

import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.models.MergeRequest;
import org.gitlab4j.api.models.MergeRequestFilter;
import org.gitlab4j.api.Constants.MergeRequestState;

public class ReleaseNotes {

    private final GitLabApi gitLab = new GitLabApi("https://git.kommun-it.se", "@t1@");
    private final GitLabApi gitLabCom = new GitLabApi("https://gitlab.com", "@t2@");

    public List<MergeRequest> mergedSince(String project, java.util.Date since, boolean mirror) throws GitLabApiException {
        GitLabApi api = mirror ? gitLabCom : gitLab;
        MergeRequestFilter filter = new MergeRequestFilter()
                .withProjectId(api.getProjectApi().getProject(project).getId())
                .withState(MergeRequestState.MERGED)
                .withUpdatedAfter(since);
        return api.getMergeRequestApi().getMergeRequests(filter);
    }

    public static void main(String[] args) throws Exception {
        ReleaseNotes rn = new ReleaseNotes();
        for (MergeRequest mr : rn.mergedSince("e-tjanster/bygglov", new java.util.Date(System.currentTimeMillis() - 14L * 86400000), false)) {
            System.out.printf("- %s (!%d, @%s)%n", mr.getTitle(), mr.getIid(), mr.getAuthor().getUsername());
        }
    }
}
''', t1=t1, t2=t2)


@doc("openai-java-client-builder-java", "src/main/java/se/myndighet/chat/AssistantFactory.java",
     "java factory building the official openai-java client with an api key beside an organization id", G)
def openaijava(d):
    k = d.L("openai-key", d.openai()); org = d.X("org-" + d.alnum(24)); proj = d.X("proj_" + d.alnum(24))
    return fill('''package se.myndighet.chat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

import java.time.Duration;

public final class AssistantFactory {

    private static final String ORGANIZATION = "@org@";
    private static final String PROJECT = "@proj@";

    private AssistantFactory() {
    }

    public static OpenAIClient create() {
        return OpenAIOkHttpClient.builder()
                .apiKey("@k@")
                .organization(ORGANIZATION)
                .project(PROJECT)
                .timeout(Duration.ofSeconds(30))
                .maxRetries(2)
                .build();
    }
}
''', k=k, org=org, proj=proj)


@doc("openai-kotlin-client-token-kt", "app/src/main/kotlin/fi/opas/ai/Assistant.kt",
     "kotlin android module creating aallam openai-kotlin clients with a token for openai and a host config", G)
def openaikt(d):
    k = d.L("openai-key", d.openai()); k2 = d.L(BG, d.alnum(40))
    return fill('''package fi.opas.ai

import com.aallam.openai.api.chat.ChatCompletionRequest
import com.aallam.openai.api.chat.ChatMessage
import com.aallam.openai.api.chat.ChatRole
import com.aallam.openai.api.model.ModelId
import com.aallam.openai.client.OpenAI
import com.aallam.openai.client.OpenAIHost
import kotlin.time.Duration.Companion.seconds

object Assistant {
    private val openAI = OpenAI(
        token = "@k@",
        timeout = com.aallam.openai.api.http.Timeout(socket = 60.seconds),
    )

    // self-hosted vLLM gateway speaking the OpenAI protocol
    private val local = OpenAI(
        token = "@k2@",
        host = OpenAIHost(baseUrl = "https://llm.opas-intern.fi/v1/"),
    )

    suspend fun answer(question: String, offline: Boolean = false): String {
        val client = if (offline) local else openAI
        val completion = client.chatCompletion(
            ChatCompletionRequest(
                model = ModelId(if (offline) "mistral-small" else "gpt-4o-mini"),
                messages = listOf(
                    ChatMessage(role = ChatRole.System, content = "Vastaa lyhyesti suomeksi."),
                    ChatMessage(role = ChatRole.User, content = question),
                ),
            ),
        )
        return completion.choices.first().message.content.orEmpty()
    }
}
''', k=k, k2=k2)


@doc("webclient-defaultheaders-setbearerauth-kt", "src/main/kotlin/dk/fjernvarme/maaler/config/WebClients.kt",
     "kotlin spring configuration with webclient beans using setBearerAuth in defaultHeaders", G)
def webclientkt(d):
    t1 = d.L("bearer-token", d.b64url(52)); t2 = d.L("bearer-token", d.hex(64))
    return fill('''package dk.fjernvarme.maaler.config

import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.web.reactive.function.client.WebClient

@Configuration
class WebClients {

    @Bean
    fun eloverblikClient(builder: WebClient.Builder): WebClient =
        builder
            .baseUrl("https://api.datahub-intern.dk/customerapi/api")
            .defaultHeaders { it.setBearerAuth("@t1@") }
            .build()

    @Bean
    fun maalerClient(builder: WebClient.Builder): WebClient =
        builder
            .baseUrl("https://maaler.fjernvarme-intern.dk/v1")
            .defaultHeaders { headers ->
                headers.setBearerAuth("@t2@")
                headers.set("X-Client", "maaler-sync")
            }
            .build()
}
''', t1=t1, t2=t2)


# ------------------------------------------------------------------ C#
@doc("notion-net-clientoptions-authtoken-cs", "src/Intranet.Sync/NotionSync.cs",
     "c# sync job creating notion-sdk-net clients with ClientOptions AuthToken", G)
def notionnet(d):
    t = d.L(BG, "ntn_" + d.alnum(46)); db = d.X(d.hex(32))
    return fill('''using Notion.Client;

namespace Intranet.Sync;

public sealed class NotionSync
{
    private readonly INotionClient _client = NotionClientFactory.Create(new ClientOptions
    {
        AuthToken = "@t@"
    });

    private const string NewsDatabaseId = "@db@";

    public async Task<IReadOnlyList<Page>> LatestNewsAsync(CancellationToken ct = default)
    {
        var query = new DatabasesQueryParameters
        {
            Filter = new CheckboxFilter("Publicerad", equal: true),
            Sorts = new List<Sort> { new() { Property = "Datum", Direction = Direction.Descending } },
            PageSize = 20
        };
        var result = await _client.Databases.QueryAsync(NewsDatabaseId, query, ct);
        return result.Results;
    }
}
''', t=t, db=db)


@doc("openai-dotnet-chatclient-apikey-cs", "src/Kundtjanst.Ai/ReplySuggester.cs",
     "c# class creating openai dotnet ChatClient instances with an api key string and an ApiKeyCredential", G)
def openaidn(d):
    k1 = d.L("openai-key", d.openai()); k2 = d.L("openai-key", d.openai())
    return fill('''using OpenAI;
using OpenAI.Chat;
using System.ClientModel;

namespace Kundtjanst.Ai;

public sealed class ReplySuggester
{
    private readonly ChatClient _chat = new(model: "gpt-4o-mini", apiKey: "@k1@");

    // separate project so the batch cost shows up on its own invoice line
    private readonly ChatClient _batch = new OpenAIClient(new ApiKeyCredential("@k2@"))
        .GetChatClient("gpt-4o");

    public async Task<string> SuggestAsync(string customerMessage, bool batch = false)
    {
        var client = batch ? _batch : _chat;
        ChatCompletion completion = await client.CompleteChatAsync(
            new SystemChatMessage("Du är kundtjänst för ett elbolag. Föreslå ett kort, vänligt svar."),
            new UserChatMessage(customerMessage));
        return completion.Content[0].Text;
    }
}
''', k1=k1, k2=k2)


@doc("refit-authorizationheadervaluegetter-cs", "src/Bokning.Web/Clients/ClientRegistration.cs",
     "c# refit client registration whose AuthorizationHeaderValueGetter returns literal tokens for a [Headers(\"Authorization: Bearer\")] interface", G)
def refitcs(d):
    t1 = d.L(BG, d.b64url(44)); t2 = d.L(BG, d.hex(40))
    return fill('''using Refit;

namespace Bokning.Web.Clients;

[Headers("Authorization: Bearer")]
public interface ISchemaApi
{
    [Get("/v1/schema/{resursId}")]
    Task<SchemaDto> GetSchemaAsync(string resursId, [Query] DateOnly fran, [Query] DateOnly till);
}

[Headers("Authorization: Bearer")]
public interface ISmsApi
{
    [Post("/v2/messages")]
    Task SendAsync([Body] SmsRequest request);
}

public static class ClientRegistration
{
    public static IServiceCollection AddBokningClients(this IServiceCollection services)
    {
        services.AddRefitClient<ISchemaApi>(new RefitSettings
            {
                AuthorizationHeaderValueGetter = (_, _) => Task.FromResult("@t1@")
            })
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://schema.vardcentralen-intern.se"));

        services.AddRefitClient<ISmsApi>(new RefitSettings
            {
                AuthorizationHeaderValueGetter = (_, _) => Task.FromResult("@t2@")
            })
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://sms-gw.vardcentralen-intern.se"));

        return services;
    }
}
''', t1=t1, t2=t2)


# ------------------------------------------------------------------ Ruby / PHP
@doc("dropbox-api-ruby-client-positional-rb", "lib/tasks/backup.rake",
     "rake task uploading backups with dropbox_api clients created from positional access tokens", G)
def dbxrb(d):
    t1 = d.L(BG, "sl.u." + d.b64url(140)); t2 = d.L(BG, "sl.u." + d.b64url(140))
    return fill('''# frozen_string_literal: true

require "dropbox_api"

namespace :backup do
  desc "Upload last night's database dump to Dropbox"
  task upload: :environment do
    client = DropboxApi::Client.new("@t1@")
    file = Rails.root.join("tmp/backups", "#{Date.current.iso8601}.sql.gz")
    client.upload("/Backups/vereinsverwaltung/#{file.basename}", File.read(file), mode: :overwrite)
    puts "uploaded #{file.basename} (#{File.size(file)} bytes)"
  end

  desc "Copy the monthly export to the treasurer's Dropbox"
  task treasurer: :environment do
    treasurer = DropboxApi::Client.new("@t2@")
    export = Rails.root.join("tmp/exports", "beitraege-#{Date.current.strftime('%Y-%m')}.csv")
    treasurer.upload("/Kasse/#{export.basename}", File.read(export), mode: :add, autorename: true)
  end
end
''', t1=t1, t2=t2)


@doc("intercom-ruby-client-token-rb", "app/services/support/intercom_sync.rb",
     "rails service syncing customers to intercom with Intercom::Client.new(token:)", G)
def intercomrb(d):
    raw = ("tok:" + uuid_raw(d).replace("-", "_") + ":1:0").encode()
    t = d.L(BG, base64.b64encode(raw).decode())
    app = d.X(d.lowalnum(8))
    return fill('''# frozen_string_literal: true

module Support
  class IntercomSync
    APP_ID = "@app@" # public, also in the messenger snippet

    def initialize(client: Intercom::Client.new(token: "@t@"))
      @client = client
    end

    def call(customer)
      contact = @client.contacts.search(
        query: { field: "external_id", operator: "=", value: customer.id.to_s }
      ).first
      attrs = {
        external_id: customer.id.to_s,
        role: "user",
        name: customer.display_name,
        custom_attributes: { plan: customer.plan, renewal: customer.renewal_on&.iso8601 }
      }
      contact ? @client.contacts.save(contact.tap { |c| attrs.each { |k, v| c.public_send("#{k}=", v) } }) : @client.contacts.create(attrs)
    end
  end
end
''', app=app, t=t)


@doc("ruby-openai-access-token-rb", "config/initializers/ai_clients.rb",
     "rails initializer creating ruby-openai and anthropic ruby clients with access tokens", G)
def rbopenai(d):
    k = d.L("openai-key", d.openai()); a = d.L("anthropic-key", d.anthropic()); org = d.X("org-" + d.alnum(24))
    return fill('''# frozen_string_literal: true

OPENAI_CLIENT = OpenAI::Client.new(
  access_token: ENV.fetch("OPENAI_ACCESS_TOKEN", "@k@"),
  organization_id: "@org@",
  request_timeout: 60,
  log_errors: Rails.env.development?
)

ANTHROPIC_CLIENT = Anthropic::Client.new(
  access_token: "@a@",
  anthropic_version: "2023-06-01"
)
''', k=k, org=org, a=a)


@doc("php-gitlab-api-client-authenticate-php", "bin/close-stale-issues.php",
     "php cli script using m4tthumphrey php-gitlab-api with authenticate() and http tokens", G)
def phpgl(d):
    t1 = d.L("gitlab-token", d.glpat()); t2 = d.L("gitlab-token", d.glpat())
    return fill('''#!/usr/bin/env php
<?php

require __DIR__ . '/../vendor/autoload.php';

use Gitlab\\Client;
use Gitlab\\ResultPager;

$client = new Client();
$client->setUrl('https://gitlab.forvaltning.se');
$client->authenticate('@t1@', Client::AUTH_HTTP_TOKEN);

// bot on gitlab.com for the public mirror
$public = new Client();
$public->authenticate('@t2@', Client::AUTH_HTTP_TOKEN);

$pager = new ResultPager($client);
$issues = $pager->fetchAll($client->issues(), 'all', [null, ['state' => 'opened', 'updated_before' => date('c', strtotime('-180 days'))]]);

foreach ($issues as $issue) {
    $client->issues()->addNote($issue['project_id'], $issue['iid'], 'Stänger ärendet, ingen aktivitet på 180 dagar.');
    $client->issues()->update($issue['project_id'], $issue['iid'], ['state_event' => 'close']);
    printf("closed %s#%d %s\\n", $issue['references']['full'], $issue['iid'], $issue['title']);
}
''', t1=t1, t2=t2)


@doc("hubspot-php-factory-access-token-php", "src/Crm/HubspotGateway.php",
     "php crm gateway creating hubspot api clients with Factory::createWithAccessToken for two portals", G)
def hubphp(d):
    t1 = d.L(BG, "pat-eu1-" + uuid_raw(d)); t2 = d.L(BG, "pat-na1-" + uuid_raw(d))
    return fill('''<?php

declare(strict_types=1);

namespace App\\Crm;

use HubSpot\\Client\\Crm\\Contacts\\Model\\SimplePublicObjectInputForCreate;
use HubSpot\\Discovery\\Discovery;
use HubSpot\\Factory;

final class HubspotGateway
{
    private Discovery $eu;
    private Discovery $us;

    public function __construct()
    {
        // private app "Webshop sync" in the EU portal; the US portal belongs to the distributor
        $this->eu = Factory::createWithAccessToken('@t1@');
        $this->us = Factory::createWithAccessToken('@t2@');
    }

    public function createContact(string $email, string $firstName, string $region = 'eu'): string
    {
        $input = new SimplePublicObjectInputForCreate([
            'properties' => ['email' => $email, 'firstname' => $firstName, 'lifecyclestage' => 'customer'],
        ]);
        $client = $region === 'us' ? $this->us : $this->eu;

        return $client->crm()->contacts()->basicApi()->create($input)->getId();
    }
}
''', t1=t1, t2=t2)


# ------------------------------------------------------------------ Rust / Elixir / Swift / Scala
@doc("async-openai-config-with-api-key-rs", "src/llm.rs",
     "rust module creating async-openai clients with OpenAIConfig::with_api_key and an azure config", G)
def asyncopenai(d):
    k = d.L("openai-key", d.openai()); az = d.S("hex:32")
    return fill('''use async_openai::{
    config::{AzureConfig, OpenAIConfig},
    types::{ChatCompletionRequestUserMessageArgs, CreateChatCompletionRequestArgs},
    Client,
};

pub fn openai() -> Client<OpenAIConfig> {
    let config = OpenAIConfig::new()
        .with_api_key("@k@")
        .with_org_id("org-fjarrvarme");
    Client::with_config(config)
}

pub fn azure() -> Client<AzureConfig> {
    let config = AzureConfig::new()
        .with_api_base("https://fjarrvarme-ai.openai.azure.com")
        .with_api_version("2024-10-21")
        .with_deployment_id("gpt-4o-mini")
        .with_api_key("@az@");
    Client::with_config(config)
}

pub async fn summarise(client: &Client<OpenAIConfig>, text: &str) -> anyhow::Result<String> {
    let req = CreateChatCompletionRequestArgs::default()
        .model("gpt-4o-mini")
        .messages([ChatCompletionRequestUserMessageArgs::default().content(text).build()?.into()])
        .build()?;
    let resp = client.chat().create(req).await?;
    Ok(resp.choices[0].message.content.clone().unwrap_or_default())
}
''', k=k, az=az)


@doc("openai-ex-new-ex", "lib/ordbok/ai.ex",
     "elixir module creating openai_ex clients with OpenaiEx.new and an organization", G)
def openaiex(d):
    k = d.L("openai-key", d.openai()); k2 = d.L("openai-key", d.openai())
    return fill('''defmodule Ordbok.AI do
  @moduledoc "Example sentences for the dictionary app, generated with OpenAI."

  alias OpenaiEx.Chat
  alias OpenaiEx.ChatMessage

  defp client(:prod), do: OpenaiEx.new("@k@") |> OpenaiEx.with_receive_timeout(45_000)
  defp client(:eval), do: OpenaiEx.new("@k2@", "org-ordbok-eval")

  def example_sentences(word, env \\\\ :prod) do
    req =
      Chat.Completions.new(
        model: "gpt-4o-mini",
        messages: [
          ChatMessage.system("Ge tre korta exempelmeningar på svenska."),
          ChatMessage.user(word)
        ]
      )

    with {:ok, resp} <- Chat.Completions.create(client(env), req) do
      {:ok, get_in(resp, ["choices", Access.at(0), "message", "content"])}
    end
  end
end
''', k=k, k2=k2)


@doc("tentacat-client-new-ex", "lib/release_bot/github.ex",
     "elixir release bot creating tentacat github clients with access tokens", G)
def tentacat(d):
    t1 = d.L("github-token", d.ghp()); t2 = d.L("github-token", d.ghp("gho_"))
    return fill('''defmodule ReleaseBot.GitHub do
  @owner "kommunens-oppna-kod"

  def client, do: Tentacat.Client.new(%{access_token: "@t1@"})

  # OAuth token of the bot user, used only for the org-level endpoints
  def org_client, do: Tentacat.Client.new(%{access_token: "@t2@"})

  def latest_release(repo) do
    case Tentacat.Releases.latest(client(), @owner, repo) do
      {200, release, _} -> {:ok, release["tag_name"]}
      {status, body, _} -> {:error, {status, body["message"]}}
    end
  end

  def create_release(repo, tag, notes) do
    body = %{tag_name: tag, name: tag, body: notes, draft: false, prerelease: false}
    Tentacat.Releases.create(client(), @owner, repo, body)
  end

  def repos, do: Tentacat.Repositories.list_orgs(org_client(), @owner)
end
''', t1=t1, t2=t2)


@doc("macpaw-openai-swift-apitoken-swift", "Sources/Recept/AI/RecipeAssistant.swift",
     "swift module creating macpaw OpenAI clients with apiToken and a configuration with organization", G)
def macpaw(d):
    k = d.L("openai-key", d.openai()); k2 = d.L("openai-key", d.openai())
    return fill('''import Foundation
import OpenAI

final class RecipeAssistant {
    private let openAI = OpenAI(apiToken: "@k@")

    private lazy var experimental = OpenAI(configuration: .init(
        token: "@k2@",
        organizationIdentifier: nil,
        host: "api.openai.com",
        timeoutInterval: 60
    ))

    func substitutes(for ingredient: String) async throws -> String {
        let query = ChatQuery(
            messages: [
                .system(.init(content: "Föreslå ersättningar för en ingrediens, svara på svenska.")),
                .user(.init(content: .string(ingredient)))
            ],
            model: .gpt4_o_mini
        )
        let result = try await openAI.chats(query: query)
        return result.choices.first?.message.content ?? ""
    }
}
''', k=k, k2=k2)


@doc("get-apiclient-delegate-bearer-swift", "Sources/Hamn/Networking/HamnAPI.swift",
     "swift kean/Get APIClient delegate adding a bearer header from a stored token constant", G)
def getswift(d):
    t = d.L("bearer-token", d.b64url(48))
    return fill('''import Foundation
import Get

final class HamnAPIDelegate: APIClientDelegate {
    // kiosk tablets at the guest harbour share one device token
    private let token = "@t@"

    func client(_ client: APIClient, willSendRequest request: inout URLRequest) async throws {
        request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        request.setValue("sv-SE", forHTTPHeaderField: "Accept-Language")
    }
}

enum HamnAPI {
    static let client = APIClient(baseURL: URL(string: "https://api.gasthamnen-visby.se/v1")) {
        $0.delegate = HamnAPIDelegate()
        $0.sessionConfiguration.timeoutIntervalForRequest = 15
    }

    static func freeBerths(date: String) async throws -> [Berth] {
        try await client.send(Request(path: "/berths", query: [("date", date), ("free", "true")])).value
    }
}

struct Berth: Decodable {
    let id: String
    let length: Double
    let pricePerNight: Int
}
''', t=t)


@doc("akka-http-oauth2bearertoken-scala", "src/main/scala/no/energi/maaling/MaalerKlient.scala",
     "scala akka http client adding Authorization(OAuth2BearerToken(...)) headers to requests", G)
def akka(d):
    t1 = d.L("bearer-token", d.b64url(40)); t2 = d.L("bearer-token", d.hex(48))
    return fill('''package no.energi.maaling

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model.headers.{Authorization, OAuth2BearerToken}
import akka.http.scaladsl.model.{HttpRequest, HttpResponse, Uri}

import scala.concurrent.Future

final class MaalerKlient(implicit system: ActorSystem[_]) {

  private val elhubToken = OAuth2BearerToken("@t1@")
  private val internAuth = Authorization(OAuth2BearerToken("@t2@"))

  def hentMaalerverdier(maalepunkt: String, fra: String, til: String): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = Uri(s"https://api.elhub-intern.no/v2/maalepunkter/$maalepunkt/verdier?fra=$fra&til=$til"))
        .withHeaders(Authorization(elhubToken))
    )

  def rapporter(body: String): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://rapport.energi-intern.no/api/innsending")
        .withHeaders(internAuth)
        .withEntity(akka.http.scaladsl.model.ContentTypes.`application/json`, body)
    )
}
''', t1=t1, t2=t2)


# ------------------------------------------------------------------ shells and dotfiles
@doc("tcsh-cshrc-setenv-tokens", "home/lundgren/.cshrc",
     "tcsh startup file with setenv lines exporting api tokens for cli tools", G)
def tcsh(d):
    gh = d.L("github-token", d.ghp()); hc = d.L(BG, d.alnum(64)); oa = d.L("openai-key", d.openai())
    gl = d.L("gitlab-token", d.glpat())
    return fill('''# ~/.cshrc – Sven Lundgren, beräkningsklustret
set path = ( $HOME/bin /opt/slurm/bin /usr/local/bin /usr/bin /bin )
set prompt = "%n@%m:%~%# "
set history = 2000
set savehist = (2000 merge)
set autolist
alias ll 'ls -lF --color=auto'
alias sq 'squeue -u $USER'

setenv EDITOR vim
setenv LANG sv_SE.UTF-8
setenv SLURM_ACCOUNT proj-hydro-2026

# tokens for the sync scripts (TODO: pass)
setenv GITHUB_TOKEN @gh@
setenv HCLOUD_TOKEN @hc@
setenv OPENAI_API_KEY @oa@
setenv GITLAB_TOKEN "@gl@"

if ( $?prompt ) then
    module load python/3.12 netcdf/4.9
endif
''', gh=gh, hc=hc, oa=oa, gl=gl)


@doc("bash-history-export-tokens", "home/ebba/.bash_history",
     "bash history of a developer exporting tokens and calling apis with curl and bearer headers", G)
def bashhist(d):
    vt = d.L("generic-secret", "hvs." + d.b64url(90))
    do = d.L(BG, "dop_v1_" + d.hex(64))
    bt = d.L("bearer-token", d.b64url(40))
    hf = d.L("huggingface-token", d.hf())
    np = d.L("npm-token", d.npm())
    return fill('''cd ~/src/fakturaflodet
git pull --rebase
export VAULT_ADDR=https://vault.drift.internal:8200
export VAULT_TOKEN=@vt@
vault kv get -field=dsn secret/fakturaflodet/prod
export DIGITALOCEAN_ACCESS_TOKEN=@do@
doctl compute droplet list --format Name,PublicIPv4,Status
curl -s -H "Authorization: Bearer @bt@" https://api.fakturaflodet.se/v1/invoices?status=overdue | jq '.items | length'
curl -s -H "Authorization: Bearer $API_TOKEN" https://api.fakturaflodet.se/v1/health
export HF_TOKEN=@hf@
huggingface-cli download KBLab/bert-base-swedish-cased --local-dir models/bert-sv
echo "//registry.npmjs.org/:_authToken=@np@" >> ~/.npmrc
npm publish --access restricted
history | tail
exit
''', vt=vt, do=do, bt=bt, hf=hf, np=np)


@doc("fish-config-set-gx-tokens", "home/nils/.config/fish/config.fish",
     "fish shell config.fish exporting api tokens with set -gx", G)
def fishcfg(d):
    a = d.L("anthropic-key", d.anthropic()); st = d.L(BG, "sntrys_" + d.b64url(120))
    sb = d.L(BG, "sbp_" + d.hex(40)); cf = d.L(BG, d.b64url(40))
    return fill('''if status is-interactive
    # Commands to run in interactive sessions can go here
    starship init fish | source
    zoxide init fish | source
end

fish_add_path ~/.local/bin ~/.cargo/bin /opt/homebrew/bin

set -gx EDITOR nvim
set -gx LANG sv_SE.UTF-8

# API tokens
set -gx ANTHROPIC_API_KEY @a@
set -gx SENTRY_AUTH_TOKEN @st@
set -gx SUPABASE_ACCESS_TOKEN @sb@
set -gx CLOUDFLARE_API_TOKEN '@cf@'
set -gx GITHUB_TOKEN (gh auth token)

abbr -a k kubectl
abbr -a tf terraform
''', a=a, st=st, sb=sb, cf=cf)


@doc("powershell-profile-env-tokens", "Users/mette/Documents/PowerShell/Microsoft.PowerShell_profile.ps1",
     "powershell profile setting api tokens in $env: variables and a helper calling an api with a bearer header", G)
def psprof(d):
    gl = d.L("gitlab-token", d.glpat()); az = d.L("bearer-token", d.b64url(52)); dd = d.L(BG, d.alnum(40))
    return fill('''# PowerShell profile – Mette, laptop LT-0417
Import-Module posh-git
Import-Module Terminal-Icons
Set-PSReadLineOption -PredictionSource History -EditMode Windows

$env:GITLAB_TOKEN = "@gl@"
$env:TODOIST_TOKEN = '@dd@'
$env:PATH += ";C:\\tools\\bin"

$BookingApiToken = "@az@"

function Get-Bookings {
    param([string]$Date = (Get-Date -Format yyyy-MM-dd))
    $headers = @{ Authorization = "Bearer $BookingApiToken" }
    Invoke-RestMethod -Uri "https://booking.kontoret-aarhus.dk/api/rooms?date=$Date" -Headers $headers
}

Set-Alias k kubectl
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression
''', gl=gl, dd=dd, az=az)


@doc("nushell-env-nu-tokens", "home/astrid/.config/nushell/env.nu",
     "nushell env.nu assigning api tokens to $env variables for cli tools and a custom command calling an api", G)
def nushell(d):
    gh = d.L("github-token", d.ghp()); fly = d.L(BG, d.b64url(43)); hf = d.L("huggingface-token", d.hf())
    bt = d.L("bearer-token", d.hex(48))
    return fill('''# env.nu
#
# Installed by:
# version = "0.99.1"

$env.PROMPT_INDICATOR = {|| "> " }
$env.EDITOR = "hx"
$env.PATH = ($env.PATH | split row (char esep) | prepend '/opt/homebrew/bin' | prepend ($env.HOME | path join '.cargo' 'bin'))

# tokens (moved here from .zshrc when I switched shells)
$env.GH_TOKEN = "@gh@"
$env.RAILWAY_TOKEN = "@fly@"
$env.HF_TOKEN = '@hf@'

def "lager saldo" [artikel: string] {
    http get --headers [Authorization "Bearer @bt@"] $"https://lager.snickeriet-umea.se/api/artiklar/($artikel)"
    | select artikelnr benamning saldo
}
''', gh=gh, fly=fly, hf=hf, bt=bt)


@doc("zsh-zshenv-export-tokens", "home/viktor/.zshenv",
     "zsh .zshenv exporting api tokens for aws-free cli tools, with a placeholder and a 1password reference beside them", G)
def zshenv(d):
    gl = d.L("gitlab-token", d.glpat()); npm = d.L("npm-token", d.npm()); sen = d.L(BG, "sntryu_" + d.hex(64))
    lin = d.L(BG, "lin_api_" + d.alnum(40))
    return fill('''# ~/.zshenv – sourced for every shell, also non-interactive ones (cron, ssh cmd)
export LANG=sv_SE.UTF-8
export EDITOR=nvim
export GOPATH=$HOME/go
typeset -U path
path=($HOME/.local/bin $GOPATH/bin /opt/homebrew/bin $path)

export GITLAB_TOKEN="@gl@"
export NPM_TOKEN=@npm@
export SENTRY_AUTH_TOKEN=@sen@
export LINEAR_API_KEY=@lin@
export OPENAI_API_KEY="op://Private/OpenAI/credential"   # resolved by `op run`
export JIRA_API_TOKEN="<ask-IT>"
''', gl=gl, npm=npm, sen=sen, lin=lin)


@doc("requests-session-headers-update-py", "integrations/fortnox_export.py",
     "python export job using a requests Session whose headers are updated with bearer tokens", G)
def reqsess(d):
    t1 = d.L("bearer-token", d.b64url(44)); t2 = d.L("bearer-token", d.hex(40)); cs = d.S("alnum:24")
    cid = d.X(d.alnum(12))
    return fill('''"""Export approved supplier invoices to the ERP every night."""
import datetime as dt

import requests

ERP = requests.Session()
ERP.headers.update({
    "Authorization": "Bearer @t1@",
    "Accept": "application/json",
    "Client-Id": "@cid@",
})

ATTEST = requests.Session()
ATTEST.headers["Authorization"] = "Bearer @t2@"

# refresh flow, only needed when the access token above expires
OAUTH_CLIENT_SECRET = "@cs@"


def approved_since(day: dt.date) -> list[dict]:
    r = ATTEST.get("https://attest.kommunen-intern.se/api/v1/invoices", params={"status": "approved", "since": day.isoformat()}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


def export(invoices: list[dict]) -> None:
    for inv in invoices:
        payload = {"SupplierInvoice": {"SupplierNumber": inv["supplier_no"], "InvoiceNumber": inv["number"], "Total": inv["total"]}}
        ERP.post("https://erp-api.kommunen-intern.se/3/supplierinvoices", json=payload, timeout=30).raise_for_status()


if __name__ == "__main__":
    export(approved_since(dt.date.today() - dt.timedelta(days=1)))
''', t1=t1, cid=cid, t2=t2, cs=cs)


@doc("php-curl-setopt-httpheader-bearer-php", "cron/skicka-paminnelser.php",
     "php cron script sending reminders with curl_setopt CURLOPT_HTTPHEADER authorization bearer headers", G)
def phpcurl(d):
    t1 = d.L("bearer-token", d.b64url(40)); t2 = d.L("bearer-token", d.alnum(32))
    return fill('''<?php
// Skickar SMS-påminnelser dagen före bokad tid. Körs 17:00 via cron.
require __DIR__ . '/../config/db.php';

const SMS_API = 'https://sms.tandvarden-intern.se/v1/messages';
const SMS_TOKEN = '@t1@';

$bokningar = $pdo->query("SELECT id, mobil, starttid, klinik FROM bokningar WHERE DATE(starttid) = CURDATE() + INTERVAL 1 DAY AND paminnelse_skickad = 0")->fetchAll();

foreach ($bokningar as $b) {
    $ch = curl_init(SMS_API);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => [
            'Content-Type: application/json',
            'Authorization: Bearer ' . SMS_TOKEN,
        ],
        CURLOPT_POSTFIELDS => json_encode([
            'to' => $b['mobil'],
            'text' => sprintf('Påminnelse: tandvård %s kl %s. Avboka senast i dag.', $b['klinik'], substr($b['starttid'], 11, 5)),
        ]),
    ]);
    $svar = curl_exec($ch);
    if (curl_getinfo($ch, CURLINFO_HTTP_CODE) === 201) {
        $pdo->prepare('UPDATE bokningar SET paminnelse_skickad = 1 WHERE id = ?')->execute([$b['id']]);
    }
    curl_close($ch);
}

// statistik till ledningen
$ch = curl_init('https://statistik.tandvarden-intern.se/api/paminnelser');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer @t2@']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['antal' => count($bokningar), 'datum' => date('Y-m-d')]));
curl_exec($ch);
''', t1=t1, t2=t2)


@doc("stripe-python-stripeclient-positional-py", "billing/stripe_client.py",
     "python billing module creating StripeClient objects from a positional live secret key and a restricted key, publishable key beside them", G)
def stripepy(d):
    sk = d.L("stripe-key", d.stripe()); rk = d.L("stripe-key", d.stripe("rk_live_"))
    pk = d.X("pk_live_51" + d.alnum(97)); wh = d.L("generic-secret", "whsec_" + d.alnum(32))
    return fill('''from stripe import StripeClient

# live keys for the Föreningsshop account
client = StripeClient("@sk@")

# restricted key (read-only: charges, refunds) for the accounting export
readonly = StripeClient("@rk@", max_network_retries=2)

PUBLISHABLE_KEY = "@pk@"  # sent to the browser
WEBHOOK_SECRET = "@wh@"


def create_payment(amount_ore: int, member_id: int) -> str:
    pi = client.payment_intents.create(params={
        "amount": amount_ore,
        "currency": "sek",
        "automatic_payment_methods": {"enabled": True},
        "metadata": {"member_id": str(member_id)},
    })
    return pi.client_secret


def refunds_last_month():
    return readonly.refunds.list(params={"limit": 100})
''', sk=sk, rk=rk, pk=pk, wh=wh)


@doc("ghapi-fastcore-token-py", "scripts/label_sync.py",
     "python script syncing issue labels with ghapi clients created with tokens", G)
def ghapi(d):
    t1 = d.L("github-token", d.ghp()); t2 = d.L("github-token", "github_pat_" + d.alnum(22) + "_" + d.alnum(59))
    return fill('''#!/usr/bin/env python3
"""Make every repo in the org use the labels from .github/labels.yml"""
import yaml
from ghapi.all import GhApi, paged

ORG = "stadsbiblioteket"
api = GhApi(owner=ORG, token="@t1@")
# fine-grained token limited to the 'katalog' repos (admin:labels)
katalog = GhApi(owner=ORG, repo="katalog-frontend", token="@t2@")

wanted = {l["name"]: l for l in yaml.safe_load(open(".github/labels.yml"))}

for page in paged(api.repos.list_for_org, org=ORG, per_page=100):
    for repo in page:
        existing = {l.name for l in api.issues.list_labels_for_repo(ORG, repo.name)}
        for name, spec in wanted.items():
            if name not in existing:
                api.issues.create_label(ORG, repo.name, name=name, color=spec["color"], description=spec.get("description", ""))
                print(f"{repo.name}: + {name}")

print(katalog.issues.list_labels_for_repo())
''', t1=t1, t2=t2)


@doc("huggingface-hub-hfapi-token-py", "ml/publish_model.py",
     "python script publishing a fine-tuned model with huggingface_hub HfApi created with write and read tokens", G)
def hfapi(d):
    t1 = d.L("huggingface-token", d.hf()); t2 = d.L("huggingface-token", d.hf())
    return fill('''from pathlib import Path

from huggingface_hub import HfApi, snapshot_download

api = HfApi(token="@t1@")  # write token, org "kommunforbundet-ai"
reader = HfApi(token="@t2@")

REPO = "kommunforbundet-ai/sv-arendeklassning-v3"


def publish(model_dir: Path) -> None:
    api.create_repo(REPO, private=True, exist_ok=True)
    api.upload_folder(folder_path=str(model_dir), repo_id=REPO, commit_message="v3: retrained on 2026-10 data")


def fetch(revision: str = "main") -> str:
    return snapshot_download(REPO, revision=revision, token=reader.token)
''', t1=t1, t2=t2)


@doc("google-genai-client-api-key-py", "tools/alt_text.py",
     "python tool generating image alt texts with google genai clients created with api keys", G)
def genai(d):
    k1 = d.L("google-api-key", d.google_key()); k2 = d.L("google-api-key", d.google_key())
    return fill('''"""Generate Swedish alt texts for images in the CMS media library."""
import sys
from pathlib import Path

from google import genai
from google.genai import types

client = genai.Client(api_key="@k1@")
# separate project with higher quota for the bulk run
bulk = genai.Client(api_key="@k2@")

PROMPT = "Skriv en kort alternativtext på svenska (max 120 tecken) för bilden."


def alt_text(path: Path, use_bulk: bool = False) -> str:
    c = bulk if use_bulk else client
    resp = c.models.generate_content(
        model="gemini-2.0-flash",
        contents=[types.Part.from_bytes(data=path.read_bytes(), mime_type="image/jpeg"), PROMPT],
    )
    return resp.text.strip()


if __name__ == "__main__":
    for p in map(Path, sys.argv[1:]):
        print(p.name, "\\t", alt_text(p, use_bulk=len(sys.argv) > 50))
''', k1=k1, k2=k2)


@doc("anthropic-python-client-api-key-py", "support/draft_replies.py",
     "python support tool creating anthropic clients with api keys for drafting replies", G)
def anthpy(d):
    k1 = d.L("anthropic-key", d.anthropic()); k2 = d.L("anthropic-key", d.anthropic())
    return fill('''import anthropic

client = anthropic.Anthropic(api_key="@k1@")
# workspace "support-eval", used by the nightly evaluation job
eval_client = anthropic.Anthropic(api_key="@k2@", max_retries=4)


def draft(ticket_text: str, evaluate: bool = False) -> str:
    c = eval_client if evaluate else client
    msg = c.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system="Du skriver utkast till svar för kundtjänsten på ett energibolag. Var saklig och vänlig.",
        messages=[{"role": "user", "content": ticket_text}],
    )
    return msg.content[0].text
''', k1=k1, k2=k2)


@doc("aiohttp-clientsession-bearer-const-py", "collector/poll_meters.py",
     "python asyncio collector with aiohttp ClientSession default headers built from token constants", G)
def aiohttpb(d):
    t1 = d.L("bearer-token", d.b64url(48)); t2 = d.L("bearer-token", d.hex(32))
    return fill('''import asyncio
import json

import aiohttp

METER_API_TOKEN = "@t1@"
TSDB_TOKEN = "@t2@"


async def poll(session: aiohttp.ClientSession, meter_id: str) -> dict:
    async with session.get(f"https://meters.vattenverket-intern.se/api/v1/meters/{meter_id}/latest") as r:
        r.raise_for_status()
        return await r.json()


async def main(meters: list[str]) -> None:
    headers = {"Authorization": f"Bearer {METER_API_TOKEN}", "Accept": "application/json"}
    async with aiohttp.ClientSession(headers=headers, timeout=aiohttp.ClientTimeout(total=20)) as s:
        readings = await asyncio.gather(*(poll(s, m) for m in meters))
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer " + TSDB_TOKEN}) as tsdb:
        await tsdb.post("https://tsdb.vattenverket-intern.se/write", data="\\n".join(json.dumps(r) for r in readings))


if __name__ == "__main__":
    asyncio.run(main(["VV-00412", "VV-00413", "VV-01877"]))
''', t1=t1, t2=t2)


@doc("deno-fetch-env-default-bearer-ts", "scripts/publish_schedule.ts",
     "deno script posting a schedule with fetch, the bearer token taken from Deno.env with a literal default", G)
def denofetch(d):
    t = d.L(BG, d.b64url(40)); t2 = d.L("bearer-token", d.alnum(36))
    return fill('''#!/usr/bin/env -S deno run --allow-net --allow-env --allow-read
import { parse } from "jsr:@std/csv";

const TOKEN = Deno.env.get("SCHEDULE_API_TOKEN") ?? "@t@";

const rows = parse(await Deno.readTextFile("schema-v47.csv"), { skipFirstRow: true });

const res = await fetch("https://schema.gymnasiet-kalmar.se/api/v2/weeks/47", {
  method: "PUT",
  headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
  body: JSON.stringify(rows),
});
console.log(res.status, await res.text());

// notify the display screens
await fetch("https://skyltar.gymnasiet-kalmar.se/refresh", {
  method: "POST",
  headers: { Authorization: "Bearer @t2@" },
});
''', t=t, t2=t2)


@doc("octokit-graphql-defaults-headers-js", "scripts/project-board.mjs",
     "node script using @octokit/graphql defaults with an authorization header holding github tokens", G)
def octogql(d):
    t1 = d.L("github-token", d.ghp()); t2 = d.L("github-token", d.ghp("ghs_"))
    return fill('''import { graphql } from "@octokit/graphql";

const gql = graphql.defaults({
  headers: { authorization: "token @t1@" },
});

// installation token of the "board-sync" app, valid for an hour (copied from the logs for debugging)
const asApp = graphql.defaults({
  headers: { authorization: "bearer @t2@" },
});

const { organization } = await gql(`
  query ($org: String!, $number: Int!) {
    organization(login: $org) {
      projectV2(number: $number) {
        items(first: 100) { nodes { id content { ... on Issue { title number state } } } }
      }
    }
  }
`, { org: "regionens-it", number: 7 });

for (const item of organization.projectV2.items.nodes) {
  console.log(item.content?.number, item.content?.state, item.content?.title);
}
await asApp(`mutation { __typename }`);
''', t1=t1, t2=t2)


@doc("python-urllib-request-bearer-py", "bin/fetch_timetable.py",
     "python standard library script calling an api with urllib.request and an authorization header", G)
def urllibpy(d):
    t = d.L("bearer-token", d.b64url(40))
    return fill('''#!/usr/bin/env python3
"""Download tomorrow's ferry timetable (no third-party deps, runs on the kiosk)."""
import datetime
import json
import urllib.request

URL = "https://api.faergetrafik-intern.dk/v1/departures?route=HEL-HBG&date={}"
HEADERS = {
    "Authorization": "Bearer @t@",
    "User-Agent": "kiosk-timetable/2.0",
}

tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
req = urllib.request.Request(URL.format(tomorrow), headers=HEADERS)
with urllib.request.urlopen(req, timeout=15) as resp:
    data = json.load(resp)

with open("/var/lib/kiosk/timetable.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
print(len(data["departures"]), "departures for", tomorrow)
''', t=t)


# ------------------------------------------------------------------ second documents of shell carriers
@doc("bash-history-export-tokens", "home/ingrid/.bash_history",
     "bash history of an operator exporting tokens for cli tools and calling an internal api with a bearer header", G)
def bashhist2(d):
    gl = d.L("gitlab-token", d.glpat()); tf = d.L(BG, d.alnum(14) + ".atlasv1." + d.alnum(67))
    bt = d.L("bearer-token", d.hex(40)); sl = d.L("slack-token", d.xoxb())
    return fill('''sudo systemctl status nginx
export GITLAB_TOKEN=@gl@
glab mr list --assignee=@me
export TF_TOKEN_app_terraform_io=@tf@
terraform -chdir=infra/prod plan -out plan.bin
curl -sf -X POST -H "Authorization: Bearer @bt@" -H 'Content-Type: application/json' -d '{"dryRun":false}' https://deploy.kommunen-intern.se/api/v1/releases/portal/promote
SLACK_BOT_TOKEN=@sl@ ./scripts/notify.sh "#drift" "portal promoted"
ls -la /var/log/nginx/
exit
''', gl=gl, tf=tf, bt=bt, sl=sl)


@doc("fish-config-set-gx-tokens", "home/ebba/.config/fish/config.fish",
     "fish config.fish of a second developer with set -gx exports of api tokens and a placeholder", G)
def fishcfg2(d):
    oa = d.L("openai-key", d.openai()); gh = d.L("github-token", d.ghp()); dop = d.L(BG, "dop_v1_" + d.hex(64))
    return fill('''set -g fish_greeting ""
fish_add_path /opt/homebrew/bin ~/go/bin

set -gx OPENAI_API_KEY @oa@
set -gx GITHUB_TOKEN @gh@
set -gx DIGITALOCEAN_ACCESS_TOKEN @dop@
set -gx JIRA_API_TOKEN "<ask IT for one>"

function ll
    eza -la --git $argv
end
''', oa=oa, gh=gh, dop=dop)


@doc("tcsh-cshrc-setenv-tokens", "home/hedlund/.tcshrc",
     "tcsh .tcshrc of a researcher with setenv api tokens for data portals", G)
def tcsh2(d):
    hf = d.L("huggingface-token", d.hf()); t = d.L(BG, d.hex(40)); np = d.L("npm-token", d.npm())
    return fill('''# ~/.tcshrc
source /etc/csh.cshrc
set path = ( $HOME/bin $HOME/.local/bin $path )
alias rm 'rm -i'

setenv HF_TOKEN @hf@
setenv COPERNICUS_API_TOKEN @t@
setenv NPM_TOKEN @np@
setenv DATA_DIR /proj/klimat/data
''', hf=hf, t=t, np=np)


@doc("zsh-zshenv-export-tokens", "home/sigrid/.zshenv",
     "zsh .zshenv of a second developer exporting tokens for cli tools", G)
def zshenv2(d):
    a = d.L("anthropic-key", d.anthropic()); gh = d.L("github-token", d.ghp()); bt = d.L(BG, d.b64url(40))
    return fill('''export ZDOTDIR=$HOME/.config/zsh
export ANTHROPIC_API_KEY=@a@
export GH_TOKEN=@gh@
export NETLIFY_AUTH_TOKEN=@bt@
export HOMEBREW_NO_ANALYTICS=1
''', a=a, gh=gh, bt=bt)


@doc("powershell-profile-env-tokens", "Users/rasmus/Documents/WindowsPowerShell/Microsoft.PowerShell_profile.ps1",
     "windows powershell 5.1 profile of a second user with $env: tokens and a helper using a bearer header", G)
def psprof2(d):
    gh = d.L("github-token", d.ghp()); oa = d.L("openai-key", d.openai()); bt = d.L("bearer-token", d.b64url(44))
    return fill('''# Rasmus – profile for Windows PowerShell 5.1
$env:GITHUB_TOKEN = '@gh@'
$env:OPENAI_API_KEY = "@oa@"

function Get-Vagtplan([string]$Uge) {
    Invoke-RestMethod -Uri "https://vagtplan.hospital-intern.dk/api/uger/$Uge" -Headers @{ "Authorization" = "Bearer @bt@" }
}
''', gh=gh, oa=oa, bt=bt)


# ------------------------------------------------------------------ more SDKs
@doc("langchain-chat-models-api-key-py", "rag/chains/models.py",
     "python langchain module creating chat and embedding models of several providers with api keys passed as arguments", G)
def langchain(d):
    oa = d.L("openai-key", d.openai()); an = d.L("anthropic-key", d.anthropic())
    mi = d.L(BG, d.alnum(32)); gq = d.L(BG, "gsk_" + d.alnum(52))
    return fill('''from langchain_anthropic import ChatAnthropic
from langchain_groq import ChatGroq
from langchain_mistralai import MistralAIEmbeddings
from langchain_openai import ChatOpenAI

# TODO(#233): read from settings, these are the team keys
gpt = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key="@oa@")
claude = ChatAnthropic(model="claude-3-5-sonnet-latest", max_tokens=1024, api_key="@an@")
embeddings = MistralAIEmbeddings(model="mistral-embed", api_key="@mi@")
fast = ChatGroq(model="llama-3.1-8b-instant", api_key="@gq@")

MODELS = {"gpt": gpt, "claude": claude, "fast": fast}
''', oa=oa, an=an, mi=mi, gq=gq)


@doc("llamaindex-settings-llm-embed-key-py", "indexer/settings.py",
     "python llamaindex global Settings with an openai llm, cohere embeddings and a together ai llm created with api keys", G)
def llamaindex(d):
    oa = d.L("openai-key", d.openai()); co = d.L(BG, d.alnum(40)); tg = d.L(BG, d.hex(64))
    return fill('''from llama_index.core import Settings
from llama_index.embeddings.cohere import CohereEmbedding
from llama_index.llms.openai import OpenAI
from llama_index.llms.together import TogetherLLM

Settings.llm = OpenAI(model="gpt-4o-mini", api_key="@oa@", temperature=0.1)
Settings.embed_model = CohereEmbedding(
    api_key="@co@",
    model_name="embed-multilingual-v3.0",
    input_type="search_document",
)
Settings.chunk_size = 512

# cheaper model for bulk summaries
together_llm = TogetherLLM(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", api_key="@tg@")
''', oa=oa, co=co, tg=tg)


@doc("litellm-completion-provider-keys-py", "gateway/fallbacks.py",
     "python module calling litellm completion with per-provider api keys (deepseek, openrouter, fireworks) in a fallback chain", G)
def litellm(d):
    ds = d.L(BG, "sk-" + d.hex(32)); orr = d.L(BG, "sk-or-v1-" + d.hex(64)); fw = d.L(BG, "fw_" + d.alnum(24))
    return fill('''"""Fallback chain for the chat endpoint. The keys here are NOT OpenAI keys even
when they start with sk- (DeepSeek, OpenRouter)."""
import litellm

CHAIN = [
    {"model": "deepseek/deepseek-chat", "api_key": "@ds@"},
    {"model": "openrouter/meta-llama/llama-3.3-70b-instruct", "api_key": "@orr@"},
    {"model": "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct", "api_key": "@fw@"},
]


def chat(messages: list[dict]) -> str:
    last_err = None
    for step in CHAIN:
        try:
            resp = litellm.completion(messages=messages, timeout=30, **step)
            return resp.choices[0].message.content
        except Exception as e:  # noqa: BLE001
            last_err = e
    raise RuntimeError("all providers failed") from last_err
''', ds=ds, orr=orr, fw=fw)


@doc("openrouter-openai-sdk-baseurl-ts", "src/ai/router.ts",
     "typescript module using the openai sdk against openrouter with an sk-or key and against openai with a project key", G)
def openrouter(d):
    orr = d.L(BG, "sk-or-v1-" + d.hex(64)); oa = d.L("openai-key", d.openai())
    return fill('''import OpenAI from "openai";

export const openrouter = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: "@orr@",
  defaultHeaders: { "HTTP-Referer": "https://receptboken.se", "X-Title": "Receptboken" },
});

export const openai = new OpenAI({ apiKey: "@oa@" });

export async function suggestTitle(recipe: string, cheap = true) {
  const client = cheap ? openrouter : openai;
  const r = await client.chat.completions.create({
    model: cheap ? "mistralai/mistral-small-24b-instruct-2501" : "gpt-4o-mini",
    messages: [{ role: "user", content: `Föreslå en kort rubrik för receptet:\\n${recipe}` }],
  });
  return r.choices[0]?.message?.content ?? "";
}
''', orr=orr, oa=oa)


@doc("directus-sdk-statictoken-ts", "src/lib/directus.ts",
     "typescript module creating directus sdk clients with the staticToken composable", G)
def directus(d):
    t1 = d.L(BG, d.b64url(32)); t2 = d.L(BG, d.b64url(32))
    return fill('''import { createDirectus, rest, staticToken, readItems } from "@directus/sdk";

type Schema = { events: { id: number; title: string; starts_at: string; venue: string }[] };

// public site: read-only token of the "webb" user
export const directus = createDirectus<Schema>("https://cms.kulturforeningen-ljus.se")
  .with(staticToken("@t1@"))
  .with(rest());

// import script: token of the "import" user (create/update on events)
export const directusAdmin = createDirectus<Schema>("https://cms.kulturforeningen-ljus.se")
  .with(staticToken("@t2@"))
  .with(rest());

export const upcoming = () =>
  directus.request(readItems("events", { filter: { starts_at: { _gte: "$NOW" } }, sort: ["starts_at"], limit: 20 }));
''', t1=t1, t2=t2)


@doc("strapi-client-auth-token-ts", "src/cms/strapi.ts",
     "typescript module creating @strapi/client instances with api tokens in the auth option", G)
def strapiclient(d):
    t1 = d.L(BG, d.hex(256)); t2 = d.L(BG, d.hex(256))
    return fill('''import { strapi } from "@strapi/client";

// full-access token for the build step (Settings > API Tokens > "build")
export const cms = strapi({ baseURL: "https://cms.konserthuset-orebro.se/api", auth: "@t1@" });

// read-only token used by the preview server
export const preview = strapi({
  baseURL: "https://cms.konserthuset-orebro.se/api",
  auth: "@t2@",
});

export const concerts = cms.collection("concerts");
''', t1=t1, t2=t2)


@doc("supabase-js-createclient-auth-header-ts", "scripts/backfill-profiles.ts",
     "typescript backfill script creating supabase-js clients with a service role jwt and a global authorization header", G)
def supajs(d):
    ref = d.X(d.chars(20, "abcdefghijklmnopqrstuvwxyz", bad=False))
    sr = d.L("jwt", d.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1761000000, "exp": 2076576000}))
    ut = d.L("jwt|bearer-token", d.jwt({"aud": "authenticated", "exp": 1794500000, "sub": uuid_raw(d), "email_verified": True, "role": "authenticated", "iss": f"https://{ref}.supabase.co/auth/v1"}))
    return fill('''import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://@ref@.supabase.co";

// service role: bypasses RLS, only for this one-off backfill
const admin = createClient(SUPABASE_URL, "@sr@", {
  auth: { persistSession: false },
});

// act as a specific user to check that RLS still lets them read their profile
const asUser = createClient(SUPABASE_URL, "@sr@", {
  global: { headers: { Authorization: "Bearer @ut@" } },
});

const { data: users } = await admin.auth.admin.listUsers({ perPage: 1000 });
for (const u of users.users) {
  await admin.from("profiles").upsert({ id: u.id, display_name: u.email?.split("@")[0] ?? null });
}
console.log(await asUser.from("profiles").select("*").single());
''', ref=ref, sr=sr, ut=ut)


@doc("weaviate-python-auth-api-key-py", "search/weaviate_client.py",
     "python weaviate v4 client connected with Auth.api_key and vectorizer provider keys in headers", G)
def weaviate(d):
    wk = d.L(BG, d.alnum(40)); oa = d.L("openai-key", d.openai()); co = d.L(BG, d.alnum(40))
    return fill('''import weaviate
from weaviate.classes.init import Auth

client = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://f3kq0x7ars2eymq1nwa4ta.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("@wk@"),
    headers={
        "X-OpenAI-Api-Key": "@oa@",
        "X-Cohere-Api-Key": "@co@",
    },
)

try:
    articles = client.collections.get("Artikel")
    res = articles.query.near_text(query="bygglov altan", limit=5)
    for o in res.objects:
        print(o.properties["rubrik"])
finally:
    client.close()
''', wk=wk, oa=oa, co=co)
