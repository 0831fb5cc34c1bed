"""Bearer tokens sent from client code of many languages and from tools, as literals and as named constants."""
from registry import doc


@doc('ada-aws-client-bearer-adb', 'src/lager-sync.adb', 'ada web server (AWS.Client) package posting stock with a bearer header')
def ada_aws(d):
    return d.T('''with AWS.Client;
with AWS.Headers;
with AWS.Response;
with AWS.Messages;
with Ada.Text_IO; use Ada.Text_IO;

package body Lager.Sync is

   --  Integration user "wms-sync", token issued 2026-01-12 (INFRA-2291).
   --  The previous token was revoked, see the ticket; never paste it back here.
   WMS_Token : constant String := "⟨bt:an40#t⟩";

   Base_URL  : constant String := "https://wms.lagerhus.se/api/v2";
   Ftp_User  : constant String := "lagerexport";
   Ftp_Pwd   : constant String := "⟨pw:w|c⟩";

   procedure Push_Stock (Payload : String) is
      Hdrs : AWS.Headers.List;
      Resp : AWS.Response.Data;
   begin
      AWS.Headers.Add (Hdrs, "Authorization", "Bearer " & WMS_Token);
      AWS.Headers.Add (Hdrs, "X-Request-Id", "⟨uuid⟩");
      Resp := AWS.Client.Post
        (URL          => Base_URL & "/stock/bulk",
         Data         => Payload,
         Content_Type => "application/json",
         Headers      => Hdrs);
      if AWS.Response.Status_Code (Resp) /= AWS.Messages.S200 then
         Put_Line ("push failed: " & AWS.Messages.Image (AWS.Response.Status_Code (Resp)));
      end if;
   end Push_Stock;

   procedure Fetch_Price_File is
      Resp : AWS.Response.Data;
   begin
      Resp := AWS.Client.Get
        (URL  => "http://filer.lagerhus.local/priser/aktuell.csv",
         User => Ftp_User,
         Pwd  => Ftp_Pwd);
      Put_Line (AWS.Response.Message_Body (Resp));
   end Fetch_Price_File;

end Lager.Sync;
''')


@doc('swi-prolog-http-open-request-header', 'prolog/lev_api.pl', 'swi-prolog module calling a REST api with http_open/3')
def prolog(d):
    return d.T(''':- module(lev_api, [leverantor/2, skicka_order/1]).

:- use_module(library(http/http_open)).
:- use_module(library(http/json)).
:- use_module(library(http/http_json)).

% Token för leverantörsportalen. Byt via portalen -> Inställningar -> API.
api_token('⟨bt:b64u_32#t⟩').
api_bas('https://portal.grossist-nord.se/api/v1').

leverantor(Id, Dict) :-
    api_bas(Bas), api_token(Tok),
    format(atom(URL), '~w/suppliers/~w', [Bas, Id]),
    atom_concat('Bearer ', Tok, Auth),
    setup_call_cleanup(
        http_open(URL, In, [ request_header('Authorization'=Auth),
                             request_header('Accept'='application/json'),
                             timeout(20) ]),
        json_read_dict(In, Dict),
        close(In)).

% Gammal variant mot staging (token: se 1Password "Grossist staging")
% request_header('Authorization'='Bearer <staging-token>')

skicka_order(Order) :-
    api_bas(Bas),
    format(atom(URL), '~w/orders', [Bas]),
    http_post(URL, json(Order), Reply,
              [ request_header('Authorization'='Bearer ⟨bt:an32⟩'),
                request_header('Idempotency-Key'='⟨uuid⟩') ]),
    print_message(informational, format("order svar: ~p", [Reply])).
''')


@doc('vlang-net-http-fetch-v', 'src/notify.v', 'v language program posting notifications with net.http')
def vlang(d):
    return d.T('''module main

import net.http
import json
import os

const api_url = 'https://push.larmcentral-syd.se/api/events'
// token for the "vaktmastare" integration; rotate every 90 days
const push_token = '⟨bt:an48#t⟩'

struct Event {
	site   string
	kind   string
	detail string
}

fn send(e Event) ! {
	mut h := http.new_header(key: .content_type, value: 'application/json')
	h.add(.authorization, 'Bearer ${push_token}')
	h.add_custom('X-Site-Key', '⟨hex:24⟩')!
	resp := http.fetch(
		method: .post
		url: api_url
		header: h
		data: json.encode(e)
	)!
	if resp.status_code != 202 {
		eprintln('push failed: ${resp.status_code} ${resp.body}')
	}
}

fn main() {
	// fallback token for the staging gateway, used when LARM_ENV=staging
	staging := os.getenv_opt('LARM_TOKEN') or { '⟨bt:an32⟩' }
	println('staging token loaded (${staging.len} chars)')
	send(Event{ site: 'Hus B', kind: 'door', detail: 'Port 3 öppen > 5 min' }) or { panic(err) }
}
''')


@doc('roblox-httpservice-requestasync-luau', 'ServerScriptService/LeaderboardSync.server.luau', 'roblox server script posting scores with HttpService:RequestAsync')
def roblox(d):
    return d.T('''--!strict
-- LeaderboardSync: pushes weekly scores to our own backend.
-- NOTE: HttpService requests only run on the server. Keep this script in ServerScriptService.
local HttpService = game:GetService("HttpService")
local Players = game:GetService("Players")

local API_BASE = "https://api.blockrace-studio.com/v1"
local API_TOKEN = "⟨bt:an40#t⟩" -- TODO move to Secrets store (HttpService:GetSecret)
local PLACE_KEY = "⟨uuid⟩" -- not secret, identifies the place

local function push(userId: number, score: number)
	local ok, res = pcall(function()
		return HttpService:RequestAsync({
			Url = API_BASE .. "/scores",
			Method = "POST",
			Headers = {
				["Content-Type"] = "application/json",
				["Authorization"] = "Bearer " .. API_TOKEN,
				["X-Place-Key"] = PLACE_KEY,
			},
			Body = HttpService:JSONEncode({ user = userId, score = score }),
		})
	end)
	if not ok or not res.Success then
		warn("score push failed", ok and res.StatusCode or res)
	end
end

-- analytics relay (separate project, separate token)
local function relay(event: string)
	HttpService:PostAsync("https://relay.blockrace-studio.com/e", HttpService:JSONEncode({ e = event }),
		Enum.HttpContentType.ApplicationJson, false, { Authorization = "Bearer ⟨bt:hex40⟩" })
end

Players.PlayerRemoving:Connect(function(plr)
	push(plr.UserId, plr:GetAttribute("WeeklyScore") or 0)
	relay("leave")
end)
''')


@doc('unreal-fhttpmodule-setheader-cpp', 'Source/Vinterspel/Private/TelemetryClient.cpp', 'unreal engine C++ telemetry client using FHttpModule')
def unreal(d):
    return d.T('''// Copyright Snöfall Interactive AB. All Rights Reserved.

#include "TelemetryClient.h"
#include "HttpModule.h"
#include "Interfaces/IHttpRequest.h"
#include "Interfaces/IHttpResponse.h"
#include "Serialization/JsonSerializer.h"

DEFINE_LOG_CATEGORY_STATIC(LogTelemetry, Log, All);

namespace
{
	// Shipping builds read the token from DefaultGame.ini; dev builds fall back to this one.
	const TCHAR* TelemetryEndpoint = TEXT("https://telemetry.snofall.se/ingest/v2/events");
	const TCHAR* DevTelemetryToken = TEXT("⟨bt:b64u_48#t⟩");
	const TCHAR* CrashBucketToken  = TEXT("⟨bt:hex64#c⟩");
}

void UTelemetryClient::SendBatch(const FString& JsonBody)
{
	TSharedRef<IHttpRequest, ESPMode::ThreadSafe> Request = FHttpModule::Get().CreateRequest();
	Request->SetURL(TelemetryEndpoint);
	Request->SetVerb(TEXT("POST"));
	Request->SetHeader(TEXT("Content-Type"), TEXT("application/json"));
	Request->SetHeader(TEXT("Authorization"), FString::Printf(TEXT("Bearer %s"), DevTelemetryToken));
	Request->SetHeader(TEXT("X-Build-Id"), TEXT("⟨sha1⟩"));
	Request->SetContentAsString(JsonBody);
	Request->OnProcessRequestComplete().BindLambda(
		[](FHttpRequestPtr Req, FHttpResponsePtr Resp, bool bOk)
		{
			if (!bOk || !Resp.IsValid() || Resp->GetResponseCode() >= 300)
			{
				UE_LOG(LogTelemetry, Warning, TEXT("telemetry batch failed (%d)"), Resp.IsValid() ? Resp->GetResponseCode() : -1);
			}
		});
	Request->ProcessRequest();
}

void UTelemetryClient::UploadCrash(const TArray<uint8>& Minidump)
{
	TSharedRef<IHttpRequest, ESPMode::ThreadSafe> Request = FHttpModule::Get().CreateRequest();
	Request->SetURL(TEXT("https://crash.snofall.se/upload"));
	Request->SetVerb(TEXT("PUT"));
	Request->SetHeader(TEXT("Authorization"), FString(TEXT("Bearer ")) + CrashBucketToken);
	Request->SetContent(Minidump);
	Request->ProcessRequest();
}
''')


@doc('oracle-utl-http-set-header-pkb', 'db/packages/pkg_fastighet_api.pkb', 'oracle PL/SQL package body calling a REST api with UTL_HTTP')
def oracle(d):
    return d.T('''CREATE OR REPLACE PACKAGE BODY pkg_fastighet_api AS

  -- Token för Lantmäteri-proxyn (intern). Flyttas till wallet i release 4.2.
  c_token    CONSTANT VARCHAR2(200) := '⟨bt:an40#t⟩';
  c_base_url CONSTANT VARCHAR2(200) := 'https://fastighetsproxy.kommun-intern.se/api';

  FUNCTION hamta_fastighet(p_beteckning IN VARCHAR2) RETURN CLOB IS
    l_req   UTL_HTTP.req;
    l_resp  UTL_HTTP.resp;
    l_buf   VARCHAR2(32767);
    l_clob  CLOB;
  BEGIN
    UTL_HTTP.set_wallet('file:/u01/app/oracle/wallet', NULL);
    l_req := UTL_HTTP.begin_request(c_base_url || '/fastigheter?beteckning=' ||
                                    UTL_URL.escape(p_beteckning, TRUE), 'GET', 'HTTP/1.1');
    UTL_HTTP.set_header(l_req, 'Authorization', 'Bearer ' || c_token);
    UTL_HTTP.set_header(l_req, 'Accept', 'application/json');
    l_resp := UTL_HTTP.get_response(l_req);
    DBMS_LOB.createtemporary(l_clob, TRUE);
    BEGIN
      LOOP
        UTL_HTTP.read_text(l_resp, l_buf, 32767);
        DBMS_LOB.writeappend(l_clob, LENGTH(l_buf), l_buf);
      END LOOP;
    EXCEPTION
      WHEN UTL_HTTP.end_of_body THEN
        UTL_HTTP.end_response(l_resp);
    END;
    RETURN l_clob;
  END hamta_fastighet;

  PROCEDURE skicka_arende(p_json IN CLOB) IS
    l_req  UTL_HTTP.req;
    l_resp UTL_HTTP.resp;
  BEGIN
    l_req := UTL_HTTP.begin_request('https://arende.kommun-intern.se/api/v1/arenden', 'POST', 'HTTP/1.1');
    UTL_HTTP.set_header(l_req, 'Authorization', 'Bearer ⟨bt:hex48⟩');
    UTL_HTTP.set_header(l_req, 'Content-Type', 'application/json; charset=utf-8');
    UTL_HTTP.set_header(l_req, 'Content-Length', DBMS_LOB.getlength(p_json));
    UTL_HTTP.write_text(l_req, p_json);
    l_resp := UTL_HTTP.get_response(l_req);
    UTL_HTTP.end_response(l_resp);
  END skicka_arende;

END pkg_fastighet_api;
/
''')


@doc('mssql-sp-invoke-external-rest-endpoint-sql', 'sql/procs/usp_PushInvoiceStatus.sql', 'sql server procedure calling sp_invoke_external_rest_endpoint')
def mssql_rest(d):
    return d.T('''-- Azure SQL Database: requires ALTER DATABASE SCOPED CONFIGURATION / permission EXECUTE ANY EXTERNAL ENDPOINT
CREATE OR ALTER PROCEDURE dbo.usp_PushInvoiceStatus
    @InvoiceId int
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @payload nvarchar(max) =
        (SELECT InvoiceId, Status, PaidAt FROM dbo.Invoice WHERE InvoiceId = @InvoiceId FOR JSON PATH, WITHOUT_ARRAY_WRAPPER);
    DECLARE @response nvarchar(max), @ret int;

    -- The preferred way is a DATABASE SCOPED CREDENTIAL with IDENTITY = 'HTTPEndpointHeaders';
    -- kept inline until the migration ticket DBA-3312 is done.
    EXEC @ret = sp_invoke_external_rest_endpoint
        @url      = N'https://billing-hooks.nordfakt.se/api/invoice-status',
        @method   = 'POST',
        @headers  = N'{"Authorization":"Bearer ⟨bt:an40⟩","X-Tenant":"⟨uuid⟩"}',
        @payload  = @payload,
        @timeout  = 30,
        @response = @response OUTPUT;

    IF @ret <> 0
        INSERT dbo.IntegrationError (Source, Detail) VALUES (N'usp_PushInvoiceStatus', @response);
END
GO

-- what it should look like afterwards:
-- CREATE DATABASE SCOPED CREDENTIAL [https://billing-hooks.nordfakt.se]
--   WITH IDENTITY = 'HTTPEndpointHeaders', SECRET = '{"Authorization":"Bearer <token>"}';
CREATE DATABASE SCOPED CREDENTIAL [https://reports.nordfakt.se]
    WITH IDENTITY = 'HTTPEndpointHeaders',
    SECRET = '{"Authorization":"Bearer ⟨bt:hex64⟩"}';
GO
''')


@doc('pgsql-http-extension-query-sql', 'sql/jobs/sync_exchange_rates.sql', 'postgresql pgsql-http extension job fetching exchange rates')
def pgsql_http(d):
    return d.T('''-- Runs nightly from pg_cron:  SELECT cron.schedule('fx', '15 6 * * *', $$CALL fx.sync_rates()$$);
CREATE EXTENSION IF NOT EXISTS http;

CREATE OR REPLACE PROCEDURE fx.sync_rates()
LANGUAGE plpgsql AS $proc$
DECLARE
    resp http_response;
BEGIN
    PERFORM http_set_curlopt('CURLOPT_TIMEOUT', '20');
    SELECT * INTO resp FROM http((
        'GET',
        'https://rates.valutaportalen.se/v1/latest?base=SEK',
        ARRAY[http_header('Authorization', 'Bearer ⟨bt:an32#t⟩'),
              http_header('Accept', 'application/json')],
        NULL,
        NULL
    )::http_request);

    IF resp.status <> 200 THEN
        RAISE WARNING 'fx sync failed: % %', resp.status, left(resp.content, 200);
        RETURN;
    END IF;

    INSERT INTO fx.rate (currency, rate, fetched_at)
    SELECT key, value::numeric, now()
    FROM jsonb_each_text(resp.content::jsonb -> 'rates')
    ON CONFLICT (currency) DO UPDATE SET rate = EXCLUDED.rate, fetched_at = EXCLUDED.fetched_at;
END
$proc$;

-- ad hoc check from psql:
-- SELECT status, content_type FROM http_get('https://rates.valutaportalen.se/v1/status');
-- SELECT (http((
--   'GET', 'https://rates.valutaportalen.se/v1/quota',
--   ARRAY[http_header('Authorization','Bearer ' || current_setting('fx.token'))], NULL, NULL)::http_request)).content;
SELECT (http((
  'POST', 'https://hooks.ekonomi-intern.se/fx-updated',
  ARRAY[http_header('Authorization','Bearer ⟨bt:b64u_32⟩')], 'application/json', '{"ok":true}')::http_request)).status;
''')


@doc('azure-logic-app-workflow-http-action-json', 'logicapps/wf-order-export/workflow.json', 'azure logic apps standard workflow definition with HTTP actions')
def logic_app(d):
    return d.T('''{
  "definition": {
    "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
    "contentVersion": "1.0.0.0",
    "triggers": {
      "Recurrence": {
        "type": "Recurrence",
        "recurrence": { "frequency": "Hour", "interval": 1, "timeZone": "W. Europe Standard Time" }
      }
    },
    "actions": {
      "Get_new_orders": {
        "type": "Http",
        "inputs": {
          "method": "GET",
          "uri": "https://shop-api.kaffebrodet.se/v2/orders?status=new",
          "headers": {
            "Accept": "application/json",
            "Authorization": "Bearer ⟨bt:an48⟩"
          }
        },
        "runAfter": {}
      },
      "Post_to_ERP": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "https://erp.kaffebrodet.se/api/import/orders",
          "headers": {
            "Content-Type": "application/json",
            "Authorization": "@{concat('Bearer ', parameters('erpToken'))}"
          },
          "body": "@body('Get_new_orders')"
        },
        "runAfter": { "Get_new_orders": [ "Succeeded" ] }
      },
      "Notify_Teams": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "https://notify.kaffebrodet.se/hooks/orders",
          "headers": { "Authorization": "Bearer ⟨jbt:HS256⟩" },
          "body": { "text": "@{length(body('Get_new_orders'))} orders exported" }
        },
        "runAfter": { "Post_to_ERP": [ "Succeeded" ] }
      }
    },
    "outputs": {}
  },
  "kind": "Stateful"
}
''')


@doc('openhab-http-binding-things', 'conf/things/solar.things', 'openhab http binding things file with authorization headers')
def openhab(d):
    return d.T('''// Solcellsanläggning + laddbox, HTTP binding 4.x
// Tokens: växelriktarens lokala API (skapad i appen "SolarLink" -> Lokal åtkomst)

Thing http:url:vaxelriktare "Växelriktare tak" [
    baseURL="https://192.168.40.21/api/v1",
    refresh=30,
    ignoreSSLErrors=true,
    headers="Authorization=Bearer ⟨bt:hex64⟩", "Accept=application/json",
    timeout=5000,
    bufferSize=4096
] {
    Channels:
        Type number : effekt     "Effekt"         [ stateExtension="/power", stateTransformation="JSONPATH:$.ac.power" ]
        Type number : energiIdag "Energi idag"    [ stateExtension="/energy", stateTransformation="JSONPATH:$.today" ]
}

Thing http:url:laddbox "Laddbox garage" [
    baseURL="http://192.168.40.35/rest",
    refresh=60,
    authMode="BASIC",
    username="owner",
    password="⟨pw:x12⟩",
    headers="X-Api-Version=2"
] {
    Channels:
        Type switch : laddar "Laddar" [ stateExtension="/status", stateTransformation="JSONPATH:$.charging", onValue="true", offValue="false" ]
}

Thing http:url:elpris "Spotpris SE3" [
    baseURL="https://api.elprisdata.se/v1/spot/SE3",
    refresh=900,
    headers="Authorization=Bearer ⟨bt:an32⟩"
] {
    Channels:
        Type number : pris "Spotpris" [ stateTransformation="JSONPATH:$.current.price" ]
}
''')


@doc('yarp-reverse-proxy-transforms-json', 'src/Gateway/appsettings.Production.json', 'asp.net core YARP reverse proxy config with request header transforms')
def yarp(d):
    return d.T('''{
  "Logging": { "LogLevel": { "Default": "Information", "Yarp": "Warning" } },
  "AllowedHosts": "*",
  "ReverseProxy": {
    "Routes": {
      "route-orders": {
        "ClusterId": "orders",
        "Match": { "Path": "/orders/{**catch-all}" },
        "Transforms": [
          { "PathRemovePrefix": "/orders" },
          { "RequestHeader": "Authorization", "Set": "Bearer ⟨bt:an40⟩" },
          { "RequestHeaderOriginalHost": "true" }
        ]
      },
      "route-reports": {
        "ClusterId": "reports",
        "AuthorizationPolicy": "internal",
        "Match": { "Path": "/reports/{**catch-all}" },
        "Transforms": [
          { "RequestHeader": "Authorization", "Set": "Bearer ⟨jbt:RS256⟩" },
          { "RequestHeader": "X-Forwarded-Tenant", "Set": "⟨uuid⟩" }
        ]
      },
      "route-legacy": {
        "ClusterId": "legacy",
        "Match": { "Path": "/legacy/{**catch-all}" },
        "Transforms": [
          { "RequestHeaderRemove": "Cookie" },
          { "RequestHeader": "Authorization", "Set": "Basic ⟨basic:proxyuser⟩" }
        ]
      }
    },
    "Clusters": {
      "orders":  { "Destinations": { "d1": { "Address": "http://orders-svc:8080/" } } },
      "reports": { "Destinations": { "d1": { "Address": "http://reports-svc:8080/" } } },
      "legacy":  { "Destinations": { "d1": { "Address": "http://10.20.4.17:8081/" } } }
    }
  }
}
''')


@doc('scrapy-default-request-headers-py', 'prisbevakning/settings.py', 'scrapy project settings with default request headers')
def scrapy(d):
    return d.T('''# Scrapy settings for prisbevakning project
#
# For simplicity, this file contains only settings considered important or
# commonly used. You can find more settings consulting the documentation:
#
#     https://docs.scrapy.org/en/latest/topics/settings.html

BOT_NAME = "prisbevakning"

SPIDER_MODULES = ["prisbevakning.spiders"]
NEWSPIDER_MODULE = "prisbevakning.spiders"

USER_AGENT = "prisbevakning (+https://www.prisbevakning-norr.se/bot)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5

# Partner API (grossistens katalog) kräver token i varje anrop
DEFAULT_REQUEST_HEADERS = {
    "Accept": "application/json,text/html;q=0.9,*/*;q=0.8",
    "Accept-Language": "sv",
    "Authorization": "Bearer ⟨bt:an40⟩",
}

ITEM_PIPELINES = {
    "prisbevakning.pipelines.PostgresPipeline": 300,
}

POSTGRES_DSN = "postgresql://scrapy:⟨upw:x16⟩@db.prisbevakning.local:5432/priser"

# Zyte / proxy (se docs/proxy.md); nyckeln nedan är för utvecklingskontot
ZYTE_API_KEY = "⟨gs:hex32⟩"
ZYTE_API_TRANSPARENT_MODE = False

FEEDS = {
    "s3://prisdata-exports/%(name)s/%(time)s.jsonl": {"format": "jsonlines"},
}
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
''')


@doc('ruby-http-rb-auth-chain-rb', 'app/services/carrier_booking.rb', 'ruby http.rb client with HTTP.auth')
def http_rb(d):
    return d.T('''# frozen_string_literal: true

require "http"

# Books pickups with the regional courier. Docs: https://developer.budbil-mitt.se/v3
class CarrierBooking
  BASE = "https://api.budbil-mitt.se/v3"
  # token for customer no 40117 (production)
  ACCESS_TOKEN = "⟨bt:an40#t⟩"
  SANDBOX_TOKEN = ENV.fetch("BUDBIL_SANDBOX_TOKEN", "⟨bt:an32⟩")

  def initialize(sandbox: false)
    token = sandbox ? SANDBOX_TOKEN : ACCESS_TOKEN
    @http = HTTP.auth("Bearer #{token}")
                .headers(accept: "application/json", "X-Client" => "lagret/2.4")
                .timeout(connect: 5, read: 15)
  end

  def book(pickup)
    res = @http.post("#{BASE}/pickups", json: pickup)
    raise "booking failed: #{res.status} #{res.body}" unless res.status.success?

    res.parse
  end

  def label(booking_id)
    @http.get("#{BASE}/pickups/#{booking_id}/label", params: { format: "zpl" }).to_s
  end
end
''')


@doc('laravel-http-withtoken-service-php', 'app/Services/Fortsattning/MedlemsApi.php', 'laravel service class using Http::withToken')
def laravel_http(d):
    return d.T('''<?php

namespace App\\Services\\Fortsattning;

use Illuminate\\Http\\Client\\PendingRequest;
use Illuminate\\Support\\Facades\\Http;

/**
 * Klient mot förbundets medlems-API.
 * Token hämtas normalt från config('services.forbund.token'), men hårdkodad
 * fallback används av cron-jobbet på den gamla servern (se #412).
 */
class MedlemsApi
{
    private const FALLBACK_TOKEN = '⟨bt:an40⟩';

    private const BASE = 'https://api.forbundet-idrott.se/medlem/v2';

    private function client(): PendingRequest
    {
        return Http::withToken(config('services.forbund.token') ?? self::FALLBACK_TOKEN)
            ->acceptJson()
            ->baseUrl(self::BASE)
            ->timeout(20)
            ->retry(3, 500);
    }

    public function hamtaMedlem(string $medlemsnummer): array
    {
        return $this->client()->get("/medlemmar/{$medlemsnummer}")->throw()->json();
    }

    public function rapporteraAktivitet(array $rad): void
    {
        Http::withHeaders([
            'Authorization' => 'Bearer ⟨bt:hex48⟩',
            'X-Forening' => '⟨int:6⟩',
        ])->post('https://lok.forbundet-idrott.se/api/aktiviteter', $rad)->throw();
    }
}
''')


@doc('joomla-plugin-httpfactory-php', 'plugins/system/bokningsbrygga/src/Extension/Bokningsbrygga.php', 'joomla 4 system plugin posting bookings with HttpFactory')
def joomla(d):
    return d.T('''<?php

/**
 * @package     Bokningsbrygga
 * @copyright   Webbyrån Kvist
 * @license     GNU General Public License version 2 or later
 */

namespace Kvist\\Plugin\\System\\Bokningsbrygga\\Extension;

\\defined('_JEXEC') or die;

use Joomla\\CMS\\Http\\HttpFactory;
use Joomla\\CMS\\Log\\Log;
use Joomla\\CMS\\Plugin\\CMSPlugin;
use Joomla\\Event\\SubscriberInterface;

final class Bokningsbrygga extends CMSPlugin implements SubscriberInterface
{
    private const API = 'https://api.salongsbokning.se/v1';
    // token for the salon's booking account; the plugin parameter "token" overrides it
    private const TOKEN = '⟨bt:an48⟩';

    public static function getSubscribedEvents(): array
    {
        return ['onContentAfterSave' => 'onContentAfterSave'];
    }

    public function onContentAfterSave($event): void
    {
        [$context, $item] = array_values($event->getArguments());
        if ($context !== 'com_contact.contact') {
            return;
        }
        $token = $this->params->get('token', self::TOKEN);
        $http = HttpFactory::getHttp();
        $response = $http->post(
            self::API . '/bookings',
            json_encode(['name' => $item->name, 'start' => $item->params->get('tid')]),
            ['Content-Type' => 'application/json', 'Authorization' => 'Bearer ' . $token],
            15
        );
        if ($response->code >= 300) {
            Log::add('bokningsbrygga: ' . $response->code . ' ' . $response->body, Log::WARNING, 'bokningsbrygga');
        }
    }

    // SMS reminders through the provider's REST API (separate account)
    private function sms(string $to, string $text): void
    {
        HttpFactory::getHttp()->post('https://rest.smsportalen.se/v2/messages',
            ['to' => $to, 'message' => $text, 'from' => 'Salongen'],
            ['Authorization' => 'Bearer ⟨bt:hex40⟩']);
    }
}
''')


@doc('go-imroc-req-bearer-go', 'internal/tullverket/client.go', 'go client using imroc/req SetCommonBearerAuthToken')
def go_req(d):
    return d.T('''package tullverket

import (
	"context"
	"fmt"
	"time"

	"github.com/imroc/req/v3"
)

const (
	baseURL = "https://api.tullombud-sydost.se/declarations/v1"
	// Service account "deklarationsrobot" – rotated by the platform team every quarter.
	serviceToken = "⟨bt:an40#t⟩"
)

type Client struct{ c *req.Client }

func New(debug bool) *Client {
	c := req.C().
		SetBaseURL(baseURL).
		SetTimeout(30 * time.Second).
		SetCommonBearerAuthToken(serviceToken).
		SetCommonHeader("X-Declarant", "⟨int:10⟩").
		SetUserAgent("deklarationsrobot/1.8")
	if debug {
		c.DevMode()
	}
	return &Client{c: c}
}

type Declaration struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) Get(ctx context.Context, id string) (*Declaration, error) {
	var out Declaration
	resp, err := c.c.R().SetContext(ctx).SetPathParam("id", id).SetSuccessResult(&out).Get("/declarations/{id}")
	if err != nil {
		return nil, err
	}
	if !resp.IsSuccessState() {
		return nil, fmt.Errorf("tullombud: %s", resp.Status)
	}
	return &out, nil
}

// Archive uses the separate archive API, which has its own token.
func (c *Client) Archive(ctx context.Context, id string) error {
	_, err := req.R().SetContext(ctx).
		SetBearerAuthToken("⟨bt:b64u_32⟩").
		Post("https://arkiv.tullombud-sydost.se/v1/archive/" + id)
	return err
}
''')


@doc('rust-isahc-request-rs', 'src/bin/sync_lager.rs', 'rust binary using isahc with an authorization header')
def isahc(d):
    return d.T('''use isahc::{prelude::*, Request};
use serde::Deserialize;
use std::time::Duration;

const API: &str = "https://lager.verktygsbolaget.se/api/v4";
// read-only token for the stock feed (owner: integration team)
const API_TOKEN: &str = "⟨bt:an40⟩";

#[derive(Deserialize, Debug)]
struct Item {
    sku: String,
    qty: i64,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let req = Request::get(format!("{API}/stock?warehouse=NKPG"))
        .header("Authorization", format!("Bearer {}", API_TOKEN))
        .header("Accept", "application/json")
        .timeout(Duration::from_secs(20))
        .body(())?;
    let mut resp = req.send()?;
    if !resp.status().is_success() {
        eprintln!("status {}: {}", resp.status(), resp.text()?);
        std::process::exit(1);
    }
    let items: Vec<Item> = resp.json()?;
    for i in items.iter().filter(|i| i.qty < 5) {
        println!("{};{}", i.sku, i.qty);
    }
    Ok(())
}
''')


@doc('rust-awc-bearer-auth-rs', 'src/upstream.rs', 'rust actix awc client builder with bearer_auth')
def awc(d):
    return d.T('''//! Upstream client used by the actix-web API to call the pricing engine.
use awc::{Client, ClientBuilder, Connector};
use std::time::Duration;

/// Token for the pricing engine (env PRICING_TOKEN wins when set).
const DEFAULT_PRICING_TOKEN: &str = "⟨bt:hex64#t⟩";

pub fn pricing_client() -> Client {
    let token = std::env::var("PRICING_TOKEN").unwrap_or_else(|_| DEFAULT_PRICING_TOKEN.to_string());
    ClientBuilder::new()
        .timeout(Duration::from_secs(10))
        .connector(Connector::new().limit(32))
        .bearer_auth(token)
        .add_default_header(("X-Service", "checkout-api"))
        .finish()
}

pub fn search_client() -> Client {
    Client::builder()
        .add_default_header(("Authorization", "Bearer ⟨bt:an48⟩"))
        .finish()
}

#[cfg(test)]
mod tests {
    // Unit tests use the mock server and a dummy header value.
    const MOCK_TOKEN: &str = "mock-token";
}
''')


@doc('ky-beforerequest-hook-ts', 'src/lib/api.ts', 'typescript ky instance with a beforeRequest hook')
def ky(d):
    return d.T('''import ky from 'ky';

// Kiosk build: the terminal has no login, it uses a device token.
// Device "kassa-03" (registered 2026-01-14 in the admin UI).
const DEVICE_TOKEN = '⟨bt:an40#t⟩';

export const api = ky.create({
  prefixUrl: 'https://kiosk-api.cafe-strandvagen.se/v1',
  timeout: 10_000,
  retry: { limit: 2, methods: ['get'] },
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('Authorization', `Bearer ${DEVICE_TOKEN}`);
        request.headers.set('X-Device-Id', '⟨uuid⟩');
      },
    ],
    afterResponse: [
      async (_request, _options, response) => {
        if (response.status === 401) {
          console.warn('device token rejected – re-register the kiosk');
        }
      },
    ],
  },
});

// Payment terminal bridge on the local network uses its own key
export const terminal = ky.create({
  prefixUrl: 'http://192.168.1.60:8088',
  headers: { Authorization: 'Bearer ⟨bt:hex32⟩' },
});
''')


@doc('jquery-ajaxsetup-headers-js', 'public/js/intranat.js', 'jquery intranet script with $.ajaxSetup authorization headers')
def jquery(d):
    return d.T('''/* Intranät – personalmatsal & lokalbokning (jQuery 3.7) */
(function ($) {
  "use strict";

  var API = "https://intranat-api.regionhuset.se/api";
  // Token för visningsskärmen i entrén (endast läsrätt). Byts i mars.
  var SKARM_TOKEN = "⟨bt:hex40#t⟩";

  $.ajaxSetup({
    headers: { "Authorization": "Bearer " + SKARM_TOKEN },
    cache: false
  });

  function laddaMeny() {
    $.getJSON(API + "/matsal/meny?vecka=" + $("#vecka").val(), function (data) {
      var $ul = $("#meny").empty();
      $.each(data.dagar, function (_, dag) {
        $("<li>").text(dag.namn + ": " + dag.ratt).appendTo($ul);
      });
    });
  }

  function bokaRum(rumId, tid) {
    return $.ajax({
      url: API + "/lokaler/" + rumId + "/bokningar",
      type: "POST",
      contentType: "application/json",
      data: JSON.stringify({ start: tid }),
      beforeSend: function (xhr) {
        // bokningar kräver den andra nyckeln (servicekonto "lokalbokning")
        xhr.setRequestHeader("Authorization", "Bearer ⟨bt:an40⟩");
      }
    });
  }

  $(function () {
    laddaMeny();
    $("#boka").on("click", function () { bokaRum($(this).data("rum"), $("#tid").val()); });
  });
})(jQuery);
''')


@doc('rtk-query-prepareheaders-ts', 'src/store/apiSlice.ts', 'redux toolkit query api slice with prepareHeaders')
def rtk(d):
    return d.T('''import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { RootState } from './store';

// Fallback for the "demo tablet" build where nobody logs in.
// Owner: platform team. Scope: read:schedule
const TABLET_SERVICE_TOKEN = '⟨jbt:RS256⟩';

export const apiSlice = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({
    baseUrl: 'https://schema-api.gymkedjan-fyris.se/v2/',
    prepareHeaders: (headers, { getState }) => {
      const token = (getState() as RootState).auth.accessToken ?? TABLET_SERVICE_TOKEN;
      headers.set('authorization', `Bearer ${token}`);
      headers.set('x-club-id', '⟨int:5⟩');
      return headers;
    },
  }),
  endpoints: (builder) => ({
    classes: builder.query<ClassSlot[], string>({ query: (date) => `classes?date=${date}` }),
    checkIn: builder.mutation<void, { slotId: string }>({
      query: ({ slotId }) => ({
        url: `https://checkin.gymkedjan-fyris.se/v1/slots/${slotId}/checkin`,
        method: 'POST',
        headers: { Authorization: 'Bearer ⟨bt:an40⟩' },
      }),
    }),
  }),
});

export interface ClassSlot { id: string; name: string; startsAt: string; free: number }
export const { useClassesQuery, useCheckInMutation } = apiSlice;
''')


@doc('scala-http4s-client-token-scala', 'src/main/scala/se/frakt/SpedApi.scala', 'scala http4s ember client with Authorization Token credentials')
def http4s(d):
    return d.T('''package se.frakt

import cats.effect.*
import org.http4s.*
import org.http4s.client.Client
import org.http4s.ember.client.EmberClientBuilder
import org.http4s.headers.{Authorization, Accept}
import org.http4s.implicits.*
import org.http4s.circe.CirceEntityDecoder.*
import io.circe.Json

object SpedApi:
  // Access token for the forwarding partner API (account SPED-2231)
  private val accessToken = "⟨bt:an40#t⟩"
  private val base = uri"https://api.speditor-hamnen.se/v2"

  private def authed(req: Request[IO]): Request[IO] =
    req.putHeaders(
      Authorization(Credentials.Token(AuthScheme.Bearer, accessToken)),
      Accept(MediaType.application.json),
      Header.Raw(org.typelevel.ci.CIString("X-Trace"), "⟨hex:32⟩")
    )

  def shipment(client: Client[IO], id: String): IO[Json] =
    client.expect[Json](authed(Request[IO](Method.GET, base / "shipments" / id)))

  def customsStatus(client: Client[IO], ref: String): IO[Json] =
    client.expect[Json](
      Request[IO](Method.GET, uri"https://tull.speditor-hamnen.se/status" +? ("ref" -> ref))
        .putHeaders(Header.Raw(org.typelevel.ci.CIString("Authorization"), "Bearer ⟨bt:b64u_32⟩"))
    )

object Main extends IOApp.Simple:
  val run = EmberClientBuilder.default[IO].build.use { c =>
    SpedApi.shipment(c, "SE-4471902").flatMap(j => IO.println(j.spaces2))
  }
''')


@doc('elixir-httpoison-get-ex', 'lib/skolskjuts/rutt_klient.ex', 'elixir module calling an api with HTTPoison')
def httpoison(d):
    return d.T('''defmodule Skolskjuts.RuttKlient do
  @moduledoc """
  Hämtar rutter från trafikbolagets API.
  """
  require Logger

  @bas "https://api.skolskjuts-trafik.se/v2"
  # Token för kommunens konto (avtal 2025-118). Ska flyttas till runtime.exs.
  @token "⟨bt:an40⟩"

  def hamta_rutter(skola_id) do
    headers = [
      {"Authorization", "Bearer #{@token}"},
      {"Accept", "application/json"}
    ]

    case HTTPoison.get("#{@bas}/skolor/#{skola_id}/rutter", headers, recv_timeout: 15_000) do
      {:ok, %HTTPoison.Response{status_code: 200, body: body}} ->
        {:ok, Jason.decode!(body)}

      {:ok, %HTTPoison.Response{status_code: code}} ->
        Logger.warning("rutt-api svarade #{code}")
        {:error, code}

      {:error, %HTTPoison.Error{reason: reason}} ->
        {:error, reason}
    end
  end

  def meddela_forsening(rutt_id, minuter) do
    HTTPoison.post(
      "https://notis.skolskjuts-trafik.se/v1/forseningar",
      Jason.encode!(%{rutt: rutt_id, minuter: minuter}),
      [{"Content-Type", "application/json"}, {"Authorization", "Bearer ⟨bt:b64u_32⟩"}]
    )
  end
end
''')


@doc('erlang-httpc-request-erl', 'src/meter_push.erl', 'erlang module using httpc with an authorization header')
def httpc(d):
    return d.T('''-module(meter_push).
-export([push/2, start/0]).

-define(ENDPOINT, "https://ingest.fjarrvarme-data.se/v1/readings").
%% Token for the concentrator fleet (all units share it, see README).
-define(TOKEN, "⟨bt:hex64⟩").

start() ->
    inets:start(),
    ssl:start().

push(MeterId, Value) ->
    Body = iolist_to_binary(io_lib:format("{\\"meter\\":\\"~s\\",\\"value\\":~p}", [MeterId, Value])),
    Headers = [{"authorization", "Bearer " ++ ?TOKEN},
               {"x-concentrator", "⟨hex:12⟩"}],
    case httpc:request(post, {?ENDPOINT, Headers, "application/json", Body},
                       [{timeout, 10000}, {ssl, [{verify, verify_peer}, {cacerts, public_key:cacerts_get()}]}],
                       []) of
        {ok, {{_, 202, _}, _, _}} -> ok;
        {ok, {{_, Code, Reason}, _, RespBody}} ->
            logger:warning("push failed ~p ~s ~s", [Code, Reason, RespBody]),
            {error, Code};
        {error, Reason} -> {error, Reason}
    end.
''')


@doc('clojure-hato-client-clj', 'src/dagbok/export.clj', 'clojure hato http client with bearer tokens')
def hato(d):
    return d.T('''(ns dagbok.export
  (:require [hato.client :as hc]
            [jsonista.core :as j]
            [clojure.tools.logging :as log]))

(def api-base "https://api.dagboksappen.se/v1")

;; token för exportkontot; se 1Password "dagbok export"
(def ^:private export-token "⟨bt:an40#t⟩")

(defonce client (hc/build-http-client {:connect-timeout 10000 :redirect-policy :normal}))

(defn hamta-poster [fran]
  (-> (hc/get (str api-base "/entries")
              {:http-client client
               :oauth-token export-token
               :query-params {:from fran}
               :as :json})
      :body))

(defn arkivera! [poster]
  (hc/post "https://arkiv.dagboksappen.se/v1/batches"
           {:http-client client
            :headers {"authorization" (str "Bearer " "⟨bt:hex48⟩")
                      "content-type" "application/json"}
            :body (j/write-value-as-string poster)})
  (log/info "arkiverade" (count poster) "poster"))
''')


@doc('lazarus-fphttpclient-pas', 'src/uRapportKlient.pas', 'free pascal / lazarus unit using TFPHTTPClient')
def lazarus(d):
    return d.T('''unit uRapportKlient;

{$mode objfpc}{$H+}

interface

uses
  Classes, SysUtils, fphttpclient, opensslsockets, fpjson, jsonparser;

type
  TRapportKlient = class
  private
    FClient: TFPHTTPClient;
  public
    constructor Create;
    destructor Destroy; override;
    function HamtaRapport(const AId: string): TJSONData;
  end;

implementation

const
  cBasUrl = 'https://rapport.vvs-partner.se/api/v1/';
  { Token för rapportkontot "kassa-lazarus". Begär ny via Jenny. }
  cToken  = '⟨bt:an40#t⟩';
  cLicens = '⟨uuid⟩'; { licensnyckel, inte hemlig }

constructor TRapportKlient.Create;
begin
  FClient := TFPHTTPClient.Create(nil);
  FClient.AllowRedirect := True;
  FClient.AddHeader('Authorization', 'Bearer ' + cToken);
  FClient.AddHeader('X-Licens', cLicens);
  FClient.AddHeader('Accept', 'application/json');
end;

destructor TRapportKlient.Destroy;
begin
  FClient.Free;
  inherited Destroy;
end;

function TRapportKlient.HamtaRapport(const AId: string): TJSONData;
begin
  Result := GetJSON(FClient.Get(cBasUrl + 'rapporter/' + AId));
end;

end.
''')


@doc('gawk-inet-http-request-awk', 'bin/skicka_matning.awk', 'gawk script speaking HTTP over /inet/tcp')
def gawk(d):
    return d.T('''#!/usr/bin/gawk -f
# Skickar temperaturmätningar (CSV på stdin) till mätservern via gawks /inet.
# Servern har ingen TLS internt, därav port 8080. Användning:
#   tail -n 50 /var/log/temp.csv | ./skicka_matning.awk

BEGIN {
    FS = ";"
    host = "matserver.ladugarden.lan"
    service = "/inet/tcp/0/" host "/8080"
    token = "⟨bt:an32⟩"
    body = "["
}

NR > 1 {
    body = body (n++ ? "," : "") sprintf("{\\"sensor\\":\\"%s\\",\\"t\\":%s}", $1, $2)
}

END {
    body = body "]"
    printf "POST /api/matningar HTTP/1.1\\r\\n" |& service
    printf "Host: %s\\r\\n", host |& service
    printf "Authorization: Bearer %s\\r\\n", token |& service
    printf "Content-Type: application/json\\r\\n" |& service
    printf "Content-Length: %d\\r\\n", length(body) |& service
    printf "Connection: close\\r\\n\\r\\n%s", body |& service
    while ((service |& getline line) > 0)
        print line
    close(service)
}
''')


@doc('dlang-vibe-requesthttp-d', 'source/app.d', 'd language vibe.d application using requestHTTP')
def dlang(d):
    return d.T('''import vibe.vibe;
import std.format : format;

/// Dispatch API for the snow clearing contractors.
enum dispatchUrl = "https://utryckning.snorojning-kommun.se/api/v2/jobs";
/// contractor token (Plogbolaget i Sandviken AB)
immutable apiToken = "⟨bt:an40#t⟩";

void fetchJobs()
{
    requestHTTP(dispatchUrl ~ "?state=open",
        (scope req) {
            req.method = HTTPMethod.GET;
            req.headers["Authorization"] = "Bearer " ~ apiToken;
            req.headers["Accept"] = "application/json";
        },
        (scope res) {
            if (res.statusCode != 200) {
                logWarn("dispatch returned %s", res.statusCode);
                return;
            }
            auto jobs = res.readJson();
            foreach (j; jobs) logInfo("job %s at %s", j["id"].get!string, j["street"].get!string);
        });
}

void reportDone(string jobId)
{
    requestHTTP(format("%s/%s/done", dispatchUrl, jobId),
        (scope req) {
            req.method = HTTPMethod.POST;
            req.headers["Authorization"] = "Bearer ⟨bt:hex48⟩";
            req.writeJsonBody(["doneAt": Json(Clock.currTime.toISOExtString)]);
        },
        (scope res) { res.dropBody(); });
}

void main()
{
    setTimer(60.seconds, () => fetchJobs(), true);
    runApplication();
}
''')


@doc('powerbuilder-httpclient-srw', 'pbl/n_cst_kreditkoll.sru', 'powerbuilder user object exported source using HTTPClient')
def powerbuilder(d):
    return d.T('''$PBExportHeader$n_cst_kreditkoll.sru
forward
global type n_cst_kreditkoll from nonvisualobject
end type
end forward

global type n_cst_kreditkoll from nonvisualobject
end type
global n_cst_kreditkoll n_cst_kreditkoll

type variables
// Kreditkoll-tjänsten (bytte leverantör 2025). Token gäller tills vidare.
constant string is_url = "https://api.kreditkollen-foretag.se/v3/check"
constant string is_token = "⟨bt:an40#t⟩"
end variables

forward prototypes
public function integer of_kontrollera (string as_orgnr, ref string as_svar)
end prototypes

public function integer of_kontrollera (string as_orgnr, ref string as_svar);HttpClient lnv_http
integer li_rc
string ls_body

lnv_http = create HttpClient
lnv_http.SetRequestHeader("Authorization", "Bearer " + is_token)
lnv_http.SetRequestHeader("Content-Type", "application/json;charset=UTF-8")
lnv_http.SetRequestHeader("X-Kundnummer", "⟨int:7⟩")

ls_body = '{"orgnr":"' + as_orgnr + '"}'
li_rc = lnv_http.SendRequest("POST", is_url, ls_body)
if li_rc = 1 and lnv_http.GetResponseStatusCode() = 200 then
	lnv_http.GetResponseBody(as_svar)
else
	as_svar = lnv_http.GetResponseStatusText()
end if

// logga till central logg (eget token för logg-API:t)
lnv_http.ClearRequestHeaders()
lnv_http.SetRequestHeader("Authorization", "Bearer ⟨bt:hex32⟩")
lnv_http.SendRequest("POST", "https://logg.kreditkollen-foretag.se/v1/events", '{"typ":"kreditkoll"}')

destroy lnv_http
return li_rc
end function

on n_cst_kreditkoll.create
call super::create
TriggerEvent( this, "constructor" )
end on

on n_cst_kreditkoll.destroy
TriggerEvent( this, "destructor" )
call super::destroy
end on
''')


@doc('foxpro-serverxmlhttp-prg', 'prg/hamta_kurser.prg', 'visual foxpro program calling a REST api with MSXML2.ServerXMLHTTP')
def foxpro(d):
    return d.T('''* hamta_kurser.prg - hämtar valutakurser till kurstabellen
* Körs från schemaläggaren: vfp9.exe hamta_kurser.prg
LOCAL loHttp, lcUrl, lcToken, lcJson

lcUrl   = "https://api.valutaservice-nord.se/v1/rates?base=SEK"
* token för kontot EKONOMI-VFP (skapad 2026-01-09)
lcToken = "⟨bt:an32#t⟩"

loHttp = CREATEOBJECT("MSXML2.ServerXMLHTTP.6.0")
loHttp.Open("GET", lcUrl, .F.)
loHttp.setRequestHeader("Authorization", "Bearer " + lcToken)
loHttp.setRequestHeader("Accept", "application/json")
loHttp.Send()

IF loHttp.Status = 200
   lcJson = loHttp.responseText
   STRTOFILE(lcJson, "c:\\ekonomi\\data\\kurser.json")
ELSE
   STRTOFILE(TTOC(DATETIME()) + " fel " + TRANSFORM(loHttp.Status) + CHR(13) + CHR(10), ;
      "c:\\ekonomi\\logg\\kurser.log", 1)
ENDIF

* Kvittens till ekonomisystemets API (annan nyckel)
loHttp.Open("POST", "https://ekonomi.intern-vfp.se/api/kvittens", .F.)
loHttp.setRequestHeader("Authorization", "Bearer ⟨bt:hex40⟩")
loHttp.Send('{"jobb":"hamta_kurser"}')
RELEASE loHttp
''')


@doc('heartbeat-http-monitor-yml', 'heartbeat/monitors.d/kundportal.yml', 'elastic heartbeat http monitors with request headers')
def heartbeat(d):
    return d.T('''# Heartbeat monitors – kundportalen
- type: http
  id: kundportal-api-health
  name: Kundportal API health
  schedule: '@every 30s'
  hosts: ["https://api.kundportal-vatten.se/health"]
  check.request:
    method: GET
    headers:
      Authorization: "Bearer ⟨bt:an40⟩"
  check.response:
    status: [200]
    json:
      - description: status ok
        condition:
          equals:
            status: ok
  tags: ["prod", "kundportal"]

- type: http
  id: kundportal-faktura
  name: Faktura-API
  schedule: '@every 1m'
  urls: ["https://faktura.kundportal-vatten.se/api/v1/ping"]
  check.request:
    headers:
      Authorization: "Bearer ${FAKTURA_TOKEN}"
  check.response.status: [200, 204]

- type: http
  id: kartan
  name: Kartlager (GeoServer)
  schedule: '@every 5m'
  urls: ["https://karta.kundportal-vatten.se/geoserver/ows?service=WMS&request=GetCapabilities"]
  username: heartbeat
  password: "⟨pw:x16⟩"
  check.response.status: [200]

- type: http
  id: ledningsnat-api
  name: Ledningsnät API
  schedule: '@every 2m'
  urls: ["https://ledning.kundportal-vatten.se/api/status"]
  check.request.headers:
    Authorization: "Bearer ⟨jbt:ES256⟩"
''')


@doc('ansible-uri-task-headers-yml', 'roles/dns_update/tasks/main.yml', 'ansible role tasks using the uri module with bearer headers')
def ansible_uri(d):
    return d.T('''---
# roles/dns_update/tasks/main.yml
# Registers the host in the internal DNS API and in the CMDB.

- name: Look up existing record
  ansible.builtin.uri:
    url: "https://dns-api.driftbolaget.se/v1/zones/{{ dns_zone }}/records?name={{ inventory_hostname_short }}"
    method: GET
    headers:
      Authorization: "Bearer ⟨bt:an40⟩"
    return_content: true
    status_code: [200, 404]
  register: dns_lookup
  delegate_to: localhost

- name: Create A record
  ansible.builtin.uri:
    url: "https://dns-api.driftbolaget.se/v1/zones/{{ dns_zone }}/records"
    method: POST
    headers:
      Authorization: "Bearer {{ dns_api_token }}"
    body_format: json
    body:
      name: "{{ inventory_hostname_short }}"
      type: A
      content: "{{ ansible_default_ipv4.address }}"
      ttl: 300
    status_code: 201
  when: dns_lookup.status == 404
  delegate_to: localhost

- name: Update CMDB
  ansible.builtin.uri:
    url: "https://cmdb.driftbolaget.se/api/ci/{{ inventory_hostname }}"
    method: PUT
    headers:
      Authorization: "Bearer ⟨bt:hex64⟩"
      X-Change: "⟨int:7⟩"
    body_format: json
    body: "{{ lookup('template', 'ci.json.j2') }}"
  delegate_to: localhost
''')


@doc('jenkinsfile-httprequest-customheaders-groovy', 'ci/Jenkinsfile.release', 'jenkinsfile using the http request plugin with custom headers')
def jenkins_http(d):
    return d.T('''pipeline {
  agent { label 'linux' }
  environment {
    RELEASE_API = 'https://releases.mobilappen-bank.se/api/v1'
  }
  stages {
    stage('Build') {
      steps { sh './gradlew assembleRelease' }
    }
    stage('Register release') {
      steps {
        script {
          def resp = httpRequest(
            url: "${env.RELEASE_API}/releases",
            httpMode: 'POST',
            contentType: 'APPLICATION_JSON',
            customHeaders: [[name: 'Authorization', value: 'Bearer ⟨bt:an40⟩', maskValue: true]],
            requestBody: groovy.json.JsonOutput.toJson([version: env.BUILD_NUMBER, commit: env.GIT_COMMIT]),
            validResponseCodes: '200:201'
          )
          echo "release id: ${readJSON(text: resp.content).id}"
        }
      }
    }
    stage('Notify QA') {
      steps {
        withCredentials([string(credentialsId: 'qa-bot-token', variable: 'QA_TOKEN')]) {
          httpRequest url: 'https://qa-bot.mobilappen-bank.se/notify',
                      httpMode: 'POST',
                      customHeaders: [[name: 'Authorization', value: "Bearer ${QA_TOKEN}", maskValue: true]]
        }
      }
    }
    stage('Upload symbols') {
      steps {
        sh """
          curl -sf -X POST https://crash.mobilappen-bank.se/api/symbols \\
            -H 'Authorization: Bearer ⟨bt:hex64⟩' \\
            -F file=@app/build/outputs/mapping/release/mapping.txt
        """
      }
    }
  }
}
''')


@doc('terraform-http-data-source-tf', 'infra/monitoring/data.tf', 'terraform http data source with request headers')
def tf_http(d):
    return d.T('''# Pulls the current on-call rota to tag alert routes.
data "http" "oncall" {
  url    = "https://oncall.drift-norrland.se/api/v1/schedules/primary/current"
  method = "GET"

  request_headers = {
    Accept        = "application/json"
    Authorization = "Bearer ⟨bt:an40⟩"
  }

  lifecycle {
    postcondition {
      condition     = contains([200], self.status_code)
      error_message = "on-call API returned ${self.status_code}"
    }
  }
}

data "http" "ip_allowlist" {
  url = "https://netbox.drift-norrland.se/api/ipam/prefixes/?tag=monitoring"
  request_headers = {
    Authorization = "Token ⟨gs:hex40⟩"
  }
}

locals {
  oncall_user = jsondecode(data.http.oncall.response_body).user.email
  prefixes    = [for p in jsondecode(data.http.ip_allowlist.response_body).results : p.prefix]
}

# Example in the module README (placeholder only):
#   request_headers = { Authorization = "Bearer <token>" }
''')


@doc('strace-sendto-http-request-txt', 'debug/strace-exporter-2026-01-20.txt', 'strace -f -s 2048 output of an exporter sending HTTP requests')
def strace(d):
    return d.T('''$ sudo strace -f -e trace=connect,sendto,write,recvfrom -s 2048 -p 31877
strace: Process 31877 attached with 4 threads
[pid 31880] connect(7, {sa_family=AF_INET, sin_port=htons(8428), sin_addr=inet_addr("10.12.0.40")}, 16) = -1 EINPROGRESS (Operation now in progress)
[pid 31880] sendto(7, "POST /api/v1/import/prometheus HTTP/1.1\\r\\nHost: vm.metrics.lan:8428\\r\\nUser-Agent: exporter-bridge/0.9.3\\r\\nContent-Length: 1874\\r\\nAuthorization: Bearer ⟨bt:an40⟩\\r\\nContent-Encoding: gzip\\r\\nContent-Type: text/plain\\r\\nAccept-Encoding: gzip\\r\\n\\r\\n", 232, MSG_NOSIGNAL, NULL, 0) = 232
[pid 31880] recvfrom(7, "HTTP/1.1 204 No Content\\r\\nDate: Tue, 20 Jan 2026 08:14:51 GMT\\r\\nX-Server-Hostname: vm-1\\r\\n\\r\\n", 4096, 0, NULL, NULL) = 88
[pid 31881] connect(9, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.12.0.55")}, 16) = 0
[pid 31881] write(9, "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3"..., 517) = 517
[pid 31882] connect(11, {sa_family=AF_INET, sin_port=htons(9093), sin_addr=inet_addr("10.12.0.41")}, 16) = 0
[pid 31882] sendto(11, "POST /api/v2/alerts HTTP/1.1\\r\\nHost: alertmanager.lan:9093\\r\\nUser-Agent: exporter-bridge/0.9.3\\r\\nAuthorization: Bearer ⟨bt:hex64⟩\\r\\nContent-Type: application/json\\r\\nContent-Length: 311\\r\\n\\r\\n[{\\"labels\\":{\\"alertname\\":\\"BridgeLag\\",\\"severity\\":\\"warning\\"},\\"annotations\\":{\\"summary\\":\\"lag 42s\\"}}]", 412, MSG_NOSIGNAL, NULL, 0) = 412
[pid 31882] recvfrom(11, "HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nDate: Tue, 20 Jan 2026 08:14:52 GMT\\r\\nContent-Length: 0\\r\\n\\r\\n", 4096, 0, NULL, NULL) = 109
[pid 31880] sendto(7, "GET /health HTTP/1.1\\r\\nHost: vm.metrics.lan:8428\\r\\nUser-Agent: exporter-bridge/0.9.3\\r\\nAuthorization: Bearer \\r\\n\\r\\n", 101, MSG_NOSIGNAL, NULL, 0) = 101
[pid 31880] recvfrom(7, "HTTP/1.1 401 Unauthorized\\r\\nWww-Authenticate: Bearer realm=\\"vm\\"\\r\\nContent-Length: 0\\r\\n\\r\\n", 4096, 0, NULL, NULL) = 83
[pid 31883] sendto(13, "PUT /v1/kv/bridge/leader HTTP/1.1\\r\\nHost: consul.lan:8500\\r\\nX-Consul-Token: ⟨uuid!generic-secret⟩\\r\\nContent-Length: 5\\r\\n\\r\\nnode3", 108, MSG_NOSIGNAL, NULL, 0) = 108
^Cstrace: Process 31877 detached
''')


@doc('raku-cro-http-client-raku', 'bin/hamta-tidrapporter.raku', 'raku program using Cro::HTTP::Client with bearer auth')
def raku(d):
    return d.T('''#!/usr/bin/env raku
use Cro::HTTP::Client;
use JSON::Fast;

# Tidrapport-API (Personalsystemet). Token: konto "raku-export".
constant API-TOKEN = '⟨bt:an40#t⟩';

my $client = Cro::HTTP::Client.new(
    base-uri => 'https://tid.personalsystemet-kommun.se/api/v2/',
    auth => { bearer => API-TOKEN },
    headers => [ Accept => 'application/json', X-Client => 'raku-export/1.1' ],
);

sub MAIN(Str :$period = Date.today.earlier(:1month).Str.substr(0, 7)) {
    my $resp = await $client.get("timereports?period=$period");
    my @rader = await $resp.body;
    say "{.<employee>};{.<hours>}" for @rader;

    # Meddela lönesystemet (annan tjänst, eget token)
    await Cro::HTTP::Client.post(
        'https://lon.personalsystemet-kommun.se/api/import/notify',
        headers => [ Authorization => 'Bearer ⟨bt:hex48⟩' ],
        content-type => 'application/json',
        body => { period => $period, rows => @rader.elems },
    );
}
''')


@doc('objectscript-net-httprequest-cls', 'src/Labb/Svar/Klient.cls', 'intersystems objectscript class using %Net.HttpRequest')
def objectscript(d):
    return d.T('''Class Labb.Svar.Klient Extends %RegisteredObject
{

/// Labbets svars-API (regionens integrationsplattform)
Parameter BASURL = "https://labbsvar.integration-region.se/api/v1";

/// Token för systemanvändaren ENS-LABB. Flyttas till credentials i HealthShare 2026.1.
Parameter TOKEN = "⟨bt:an40⟩";

ClassMethod HamtaSvar(pRemissId As %String, Output pSvar As %DynamicObject) As %Status
{
    Set sc = $$$OK
    Set req = ##class(%Net.HttpRequest).%New()
    Set req.Server = "labbsvar.integration-region.se"
    Set req.Https = 1
    Set req.SSLConfiguration = "RegionTLS"
    Do req.SetHeader("Authorization", "Bearer "_..#TOKEN)
    Do req.SetHeader("Accept", "application/fhir+json")
    Set sc = req.Get("/api/v1/DiagnosticReport?basedOn=ServiceRequest/"_pRemissId)
    If $$$ISERR(sc) Quit sc
    If req.HttpResponse.StatusCode '= 200 {
        Quit $$$ERROR($$$GeneralError, "Status "_req.HttpResponse.StatusCode)
    }
    Set pSvar = ##class(%DynamicObject).%FromJSON(req.HttpResponse.Data)
    Quit sc
}

ClassMethod Kvittera(pSvarId As %String) As %Status
{
    Set req = ##class(%Net.HttpRequest).%New()
    Set req.Server = "kvittens.integration-region.se"
    Set req.Https = 1
    Set req.SSLConfiguration = "RegionTLS"
    Do req.SetHeader("Authorization", "Bearer ⟨jbt:RS256⟩")
    Quit req.Post("/api/kvittens/"_pSvarId)
}

}
''')


@doc('openedge-abl-http-client-p', 'src/integration/skicka_order.p', 'progress openedge ABL procedure using OpenEdge.Net HTTP client')
def openedge(d):
    return d.T('''/* skicka_order.p - skickar order till 3PL-lagret */
USING OpenEdge.Net.HTTP.*.
USING OpenEdge.Net.URI.
USING Progress.Json.ObjectModel.*.

DEFINE INPUT PARAMETER piOrderNr AS INTEGER NO-UNDO.

DEFINE VARIABLE oClient   AS IHttpClient   NO-UNDO.
DEFINE VARIABLE oRequest  AS IHttpRequest  NO-UNDO.
DEFINE VARIABLE oResponse AS IHttpResponse NO-UNDO.
DEFINE VARIABLE oBody     AS JsonObject    NO-UNDO.
DEFINE VARIABLE cToken    AS CHARACTER     NO-UNDO INITIAL "⟨bt:hex64⟩".

FIND FIRST order WHERE order.order-nr = piOrderNr NO-LOCK NO-ERROR.
IF NOT AVAILABLE order THEN RETURN ERROR "Order saknas".

oBody = NEW JsonObject().
oBody:Add("orderNo", order.order-nr).
oBody:Add("customer", order.kund-nr).

oClient = ClientBuilder:Build():Client.
oRequest = RequestBuilder:Post("https://api.tredjepartslager-nord.se/v1/orders", oBody)
             :AcceptJson()
             :AddHeader("Authorization", "Bearer " + cToken)
             :AddHeader("X-Warehouse", "⟨int:4⟩")
             :Request.
oResponse = oClient:Execute(oRequest).

IF oResponse:StatusCode <> 201 THEN
    MESSAGE "3PL svarade" oResponse:StatusCode VIEW-AS ALERT-BOX.
''')


@doc('lotusscript-notes-httprequest-lss', 'agents/SkickaArende.lss', 'lotusscript agent using NotesHTTPRequest')
def lotusscript(d):
    return d.T('''Option Public
Option Declare

%REM
	Agent SkickaArende
	Skickar nya ärenden från Notes-databasen till det nya ärendesystemet.
	Token för integrationsanvändaren "notes-bridge" (gäller t.o.m. 2026-06-30).
%END REM

Const ARENDE_URL = "https://arende.forsakringsbolaget-lokal.se/api/v1/cases"
Const ARENDE_TOKEN = "⟨bt:an48⟩"

Sub Initialize
	Dim session As New NotesSession
	Dim db As NotesDatabase
	Dim view As NotesView
	Dim doc As NotesDocument
	Dim http As NotesHTTPRequest
	Dim ret As String

	Set db = session.CurrentDatabase
	Set view = db.GetView("(NyaArenden)")
	Set http = session.CreateHTTPRequest()
	http.PreferStrings = True
	Call http.SetHeaderField("Authorization", "Bearer " & ARENDE_TOKEN)
	Call http.SetHeaderField("Content-Type", "application/json")

	Set doc = view.GetFirstDocument()
	While Not doc Is Nothing
		ret = http.Post(ARENDE_URL, |{"subject":"| & doc.Subject(0) & |","notesId":"| & doc.UniversalID & |"}|)
		Call doc.ReplaceItemValue("Skickad", Now)
		Call doc.Save(True, False)
		Set doc = view.GetNextDocument(doc)
	Wend
End Sub
''')
