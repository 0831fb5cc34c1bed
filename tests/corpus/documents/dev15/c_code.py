"""Source code in less common languages and shell transcripts."""
from common import *
from c_http import tok


def lua_resty():
    d = Doc("lua-resty/partner_proxy.lua")
    d.write('''-- access_by_lua_file /etc/openresty/lua/partner_proxy.lua
local http = require "resty.http"
local cjson = require "cjson.safe"

local UPSTREAM_TOKEN = "%s"          -- partner API, rotated quarterly
local REDIS_PASSWORD = "%s"
local SIGNING_SECRET = "%s"
local token_from_env = os.getenv("PARTNER_TOKEN")   -- preferred

local red = require("resty.redis"):new()
red:connect("10.30.0.5", 6379)
local ok, err = red:auth(REDIS_PASSWORD)

local httpc = http.new()
local res, err = httpc:request_uri("https://partner.example.org/v2/rates", {
  method = "GET",
  headers = {
    ["Authorization"] = "Bearer " .. UPSTREAM_TOKEN,
    ["Accept"] = "application/json",
  },
})
if not res then
  ngx.log(ngx.ERR, "partner call failed: ", err)
  return ngx.exit(502)
end

-- fallback account used by the batch exporter
local res2 = httpc:request_uri("https://exports.example.org/v1/jobs", {
  method = "POST",
  headers = { Authorization = "Bearer %s" },
  body = cjson.encode({ kind = "daily" }),
})
ngx.req.set_header("X-Proxy-Auth", "Bearer " .. (token_from_env or "unset"))
''' % (tok(d), d.pw(), d.sec(), tok(d)))


def clojure():
    d = Doc("clojure/src/billing/client.clj")
    d.write('''(ns billing.client
  (:require [clj-http.client :as http]
            [cheshire.core :as json]
            [environ.core :refer [env]]))

(def ^:private api-token "%s")
(def ^:private db-spec {:dbtype "postgresql" :dbname "billing" :host "db.internal" :user "billing_app"
                        :password "%s"})
(def webhook-secret "%s")
(def aws-creds {:access-key "%s"
                :secret-key "%s"
                :endpoint "eu-north-1"})

(defn fetch-invoices [customer-id]
  (-> (http/get (str "https://billing.example.com/v1/customers/" customer-id "/invoices")
                {:headers {"Authorization" (str "Bearer " api-token)}
                 :as :json})
      :body))

(defn fetch-with-env-token []
  (http/get "https://billing.example.com/v1/ping"
            {:headers {"Authorization" (str "Bearer " (env :billing-token))}}))

(comment
  ;; REPL scratch - token from the partner portal
  (http/get "https://partner.example.org/v1/status" {:oauth-token "%s"})
  (http/get "https://partner.example.org/v1/status" {:headers {"Authorization" "Bearer %s"}}))
''' % (tok(d), d.pw(), d.sec(), d.akid(), d.awss(), tok(d), tok(d)))


def haskell():
    d = Doc("haskell/app/Main.hs")
    d.write('''{-# LANGUAGE OverloadedStrings #-}
module Main where

import Network.HTTP.Simple
import qualified Data.ByteString.Char8 as B8
import System.Environment (lookupEnv)
import Database.PostgreSQL.Simple

apiToken :: B8.ByteString
apiToken = "%s"

connInfo :: ConnectInfo
connInfo = defaultConnectInfo
  { connectHost = "pg.internal"
  , connectUser = "reporting"
  , connectPassword = "%s"
  , connectDatabase = "warehouse"
  }

main :: IO ()
main = do
  envTok <- lookupEnv "REPORT_TOKEN"   -- preferred in prod
  req0 <- parseRequest "https://reports.example.com/v2/export"
  let req = setRequestHeader "Authorization" ["Bearer " <> apiToken] req0
  resp <- httpLBS req
  print (getResponseStatusCode resp)
  -- legacy endpoint, hard-coded during the 2025 migration
  req1 <- parseRequest "https://legacy.example.com/api/sync"
  _ <- httpLBS (setRequestHeader "Authorization" ["Bearer %s"] req1)
  conn <- connect connInfo
  pure ()
''' % (tok(d), d.pw(), tok(d)))


def rscripts():
    for n in range(2):
        d = Doc("r-scripts/%s.R" % ["s3_sync_reports", "api_pull_kpis"][n])
        if n == 0:
            d.write('''# Weekly KPI export -> S3
library(aws.s3)
library(DBI)

Sys.setenv(
  "AWS_ACCESS_KEY_ID" = "%s",
  "AWS_SECRET_ACCESS_KEY" = "%s",
  "AWS_DEFAULT_REGION" = "eu-north-1"
)
# previous key (disabled 2026-09-01, kept for reference):
# AWS_ACCESS_KEY_ID = "%s"
# AWS_SECRET_ACCESS_KEY = "%s"

con <- dbConnect(RPostgres::Postgres(), host = "warehouse.internal", dbname = "kpi",
                 user = "analyst", password = "%s")
pw_prompt <- rstudioapi::askForPassword("Database password")   # interactive sessions only
df <- dbGetQuery(con, "select * from weekly_kpi where week = date_trunc('week', now())")
put_object(file = "kpi.csv", object = "exports/kpi.csv", bucket = "acme-bi-exports")
# bucket etag seen last run: %s
''' % (d.akid(), d.awss(), d.akid(), d.awss(), d.pw(), sha1()))
        else:
            d.write('''library(httr)
library(jsonlite)

token <- "%s"
res <- GET("https://analytics.example.com/api/v1/kpis",
           add_headers(Authorization = paste("Bearer", token)))
stop_for_status(res)

# service account for the board dashboard
res2 <- POST("https://analytics.example.com/api/v1/refresh",
             add_headers(Authorization = "Bearer %s"),
             body = list(dashboard = 42), encode = "json")

# read from env instead
res3 <- GET("https://analytics.example.com/api/v1/me",
            add_headers(Authorization = paste("Bearer", Sys.getenv("ANALYTICS_TOKEN"))))
mailgun_like_secret <- NULL
api_secret <- "%s"
smtp_password <- "%s"
''' % (tok(d), tok(d), d.sec(), d.pw()))


def julia():
    d = Doc("julia/src/Ingest.jl")
    d.write('''module Ingest

using HTTP, JSON3, AWS, AWSS3, LibPQ

const API_TOKEN = "%s"
const CREDS = AWSCredentials("%s", "%s")
const PG_PASSWORD = "%s"
const HMAC_SECRET = "%s"

function pull(page::Int)
    r = HTTP.get("https://telemetry.example.com/v1/readings?page=$page",
                 ["Authorization" => "Bearer $API_TOKEN", "Accept" => "application/json"])
    JSON3.read(r.body)
end

function pull_legacy()
    HTTP.get("https://legacy-telemetry.example.com/readings",
             ["Authorization" => "Bearer %s"])
end

conn() = LibPQ.Connection("host=pg.internal dbname=telemetry user=ingest password=$PG_PASSWORD")

# password = get(ENV, "PG_PASSWORD", "")   # TODO switch to env
end
''' % (tok(d), d.akid(), d.awss(), d.pw(), d.sec(), tok(d)))


def objc():
    d = Doc("objc/APIClient.m")
    d.write('''#import "APIClient.h"

static NSString * const kAPIToken = @"%s";
static NSString * const kAnalyticsSecret = @"%s";
static NSString * const kKeychainService = @"com.example.shop.token";

@implementation APIClient

- (NSURLRequest *)requestForPath:(NSString *)path {
    NSURL *url = [NSURL URLWithString:[@"https://api.example.com" stringByAppendingString:path]];
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
    [req setValue:[NSString stringWithFormat:@"Bearer %%@", kAPIToken] forHTTPHeaderField:@"Authorization"];
    [req setValue:@"application/json" forHTTPHeaderField:@"Accept"];
    return req;
}

- (NSURLRequest *)debugRequest {
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://staging.example.com/v1/debug"]];
    [req setValue:@"Bearer %s" forHTTPHeaderField:@"Authorization"];
    return req;
}

- (NSString *)storedToken {
    // real builds read the token from the keychain
    return [SAMKeychain passwordForService:kKeychainService account:@"default"];
}
@end
''' % (tok(d), d.sec(), tok(d)))


def perl():
    for n in range(2):
        d = Doc("perl-scripts/%s.pl" % ["nightly_export", "ldap_sync"][n])
        if n == 0:
            d.write('''#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use DBI;

my $token = '%s';
my $ua = LWP::UserAgent->new(timeout => 30);
$ua->default_header('Authorization' => "Bearer $token");
my $res = $ua->get('https://export.example.com/v1/daily');
die $res->status_line unless $res->is_success;

my $dbh = DBI->connect('dbi:mysql:database=shop;host=db1.internal', 'exporter', '%s', { RaiseError => 1 });
my $res2 = $ua->post('https://archive.example.com/api/upload',
    'Authorization' => 'Bearer %s',
    Content => $res->decoded_content);
# $ENV{EXPORT_PASSWORD} is used on the new host
my $pass = $ENV{EXPORT_PASSWORD} // '';
my %%aws = (access_key_id => '%s', secret_access_key => '%s');
''' % (tok(d), d.pw(), tok(d), d.akid(), d.awss()))
        else:
            d.write('''#!/usr/bin/perl
use Net::LDAP;
my $ldap = Net::LDAP->new('ldaps://dc01.corp.example.com') or die "$@";
my $mesg = $ldap->bind('CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com', password => '%s');
# second forest
my $ldap2 = Net::LDAP->new('ldaps://dc02.emea.example.com');
$ldap2->bind('svc-sync@emea.example.com', password => "%s");
my $api_key = "%s";
my $password = prompt_password();   # interactive fallback
my $ua = LWP::UserAgent->new;
$ua->default_header(Authorization => 'Bearer %s');
''' % (d.pw(), d.pw(), d.sec(), tok(d)))


def ps_transcripts():
    for n in range(3):
        host = ["WS-FIN-042", "SRV-APP-07", "JUMP-01"][n]
        d = Doc("powershell-transcripts/PowerShell_transcript.%s.%s.202610%02d%06d.txt" % (host, rs(AN, 8), 12 + n, R.randint(80000, 170000)))
        user = ["CORP\\a.lindqvist", "CORP\\svc-deploy", "CORP\\m.hassan"][n]
        hdr = """**********************
Windows PowerShell transcript start
Start time: 202610%02d0%d1422
Username: %s
RunAs User: %s
Configuration Name: 
Machine: %s (Microsoft Windows NT 10.0.20348.0)
Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Process ID: %d
PSVersion: 5.1.20348.2849
PSEdition: Desktop
PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.20348.2849
BuildVersion: 10.0.20348.2849
CLRVersion: 4.0.30319.42000
WSManStackVersion: 3.0
PSRemotingProtocolVersion: 2.3
SerializationVersion: 1.1.0.1
**********************
""" % (12 + n, n + 7, user, user, host, R.randint(2000, 19000))
        body = []
        if n == 0:
            t1, t2 = tok(d), tok(d)
            body += ["PS C:\\Users\\a.lindqvist> $headers = @{ Authorization = \"Bearer %s\" }" % t1,
                     "PS C:\\Users\\a.lindqvist> Invoke-RestMethod -Uri https://erp.example.com/api/v2/suppliers -Headers $headers | Select-Object -First 2",
                     "", "id     name                 country", "--     ----                 -------", "1044   Nordic Paper AB      SE", "1045   Baltic Freight OU    EE", "",
                     "PS C:\\Users\\a.lindqvist> Invoke-WebRequest -Uri https://erp.example.com/api/v2/ping -Headers @{ 'Authorization' = 'Bearer %s' } -UseBasicParsing" % t2,
                     "", "StatusCode        : 200", "StatusDescription : OK", "Content           : {\"pong\":true,\"token_type\":\"Bearer\"}", "",
                     "PS C:\\Users\\a.lindqvist> $pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.pw(),
                     "PS C:\\Users\\a.lindqvist> $cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-erp', $pw)",
                     "PS C:\\Users\\a.lindqvist> $cred2 = Get-Credential -UserName 'CORP\\svc-erp' -Message 'ERP service'",
                     "PS C:\\Users\\a.lindqvist> Read-Host -AsSecureString -Prompt 'Password'", "Password: ********", ""]
        elif n == 1:
            k1, s1 = d.akid(), d.awss()
            body += ["PS C:\\deploy> Set-AWSCredential -AccessKey %s -SecretKey %s -StoreAs deploy" % (k1, s1),
                     "PS C:\\deploy> Get-AWSCredential -ProfileName deploy", "", "AccessKey            SecretKey                               ", "---------            ---------",
                     "%s %s" % (k1, s1), "",
                     "PS C:\\deploy> $env:AWS_ACCESS_KEY_ID = '%s'; $env:AWS_SECRET_ACCESS_KEY = '%s'" % (d.akid(), d.awss()),
                     "PS C:\\deploy> Write-S3Object -BucketName acme-releases -File .\\app-3.14.2.zip -Key releases/app-3.14.2.zip",
                     "PS C:\\deploy> (Get-FileHash .\\app-3.14.2.zip -Algorithm SHA1).Hash", sha1().upper(), "",
                     "PS C:\\deploy> Initialize-AWSDefaultConfiguration -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -Region us-west-2",
                     "PS C:\\deploy> # ^ copied from the docs, not ours",
                     "PS C:\\deploy> sqlcmd -S sql01.corp.example.com -U deploy_sa -P '%s' -Q \"SELECT @@VERSION\"" % d.pw(), "",
                     "PS C:\\deploy> Invoke-RestMethod https://octo.example.com/api/tasks -Headers @{Authorization=\"Bearer $env:OCTO_TOKEN\"}", ""]
        else:
            body += ["PS C:\\Users\\m.hassan> net user tmp_support %s /add /expires:2026-11-01" % d.pw(),
                     "The command completed successfully.", "",
                     "PS C:\\Users\\m.hassan> New-LocalUser -Name 'kiosk' -Password (ConvertTo-SecureString \"%s\" -AsPlainText -Force) -FullName 'Kiosk user'" % d.pw(),
                     "", "Name  Enabled Description", "----  ------- -----------", "kiosk True", "",
                     "PS C:\\Users\\m.hassan> $apiKey = '%s'" % d.sec(),
                     "PS C:\\Users\\m.hassan> Invoke-RestMethod -Method Post -Uri https://status.example.com/api/v1/incidents -Headers @{ 'X-Api-Key' = $apiKey; 'Authorization' = 'Bearer %s' } -Body '{\"name\":\"VPN degraded\"}'" % tok(d),
                     "", "id          : 8812", "status      : investigating", "",
                     "PS C:\\Users\\m.hassan> cmdkey /generic:TERMSRV/rds01.corp.example.com /user:CORP\\m.hassan /pass:%s" % d.pw(),
                     "CMDKEY: Credential added successfully.", "",
                     "PS C:\\Users\\m.hassan> Set-ADAccountPassword -Identity j.berg -Reset -NewPassword (Read-Host -AsSecureString 'New password')", "New password: ********", ""]
        d.write(hdr + "\n".join(body) + "\n**********************\nWindows PowerShell transcript end\nEnd time: 202610%02d0%d3310\n**********************\n" % (12 + n, n + 7))


def fsharp():
    d = Doc("fsharp/Jobs.fsx")
    d.write('''#r "nuget: FsHttp"
open FsHttp

let token = "%s"
let storageSecret = "%s"
let sqlConn = "Server=tcp:sql-prod.internal,1433;Database=jobs;User ID=jobs_rw;Password=%s;Encrypt=True;"

http {
    GET "https://jobs.example.com/api/queue"
    AuthorizationBearer token
}
|> Request.send

http {
    POST "https://jobs.example.com/api/requeue"
    header "Authorization" "Bearer %s"
}
|> Request.send
''' % (tok(d), d.sec(), d.pw(), tok(d)))


def groovy():
    d = Doc("groovy-scripts/release-notify.groovy")
    d.write('''// Jenkins script console helper - posts release notes
import groovy.json.JsonOutput

def token = "%s"
def conn = new URL("https://notes.example.com/api/v1/releases").openConnection()
conn.setRequestMethod("POST")
conn.setRequestProperty("Authorization", "Bearer ${token}")
conn.setRequestProperty("Content-Type", "application/json")
conn.doOutput = true
conn.outputStream.withWriter { it << JsonOutput.toJson([version: "4.2.0"]) }
println conn.responseCode

def nexusPassword = "%s"
def sql = groovy.sql.Sql.newInstance("jdbc:postgresql://pg.internal/releases", "releases", "%s", "org.postgresql.Driver")
def creds = com.cloudbees.plugins.credentials.CredentialsProvider.lookupCredentials(
    com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials.class, Jenkins.instance)
def conn2 = new URL("https://notes.example.com/api/v1/ping").openConnection()
conn2.setRequestProperty("Authorization", "Bearer %s")
''' % (tok(d), d.pw(), d.pw(), tok(d)))


def build():
    lua_resty(); clojure(); haskell(); rscripts(); julia(); objc(); perl(); ps_transcripts(); fsharp(); groovy()
