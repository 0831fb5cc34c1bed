"""Source code in languages earlier sets did not use: bearer tokens, passwords, API keys, AWS keys."""
from common import (b64e, hexs, alnum, lalnum, pw, rs, uuid4, token, jwt, aws_session, sha256hex, UP, LO, DG,
                    PUNCT_MIN, b64_bytes)


# ------------------------------------------------------------------ VBScript / MSXML2
def vbscript(d):
    r = d.r
    t1 = d.bearer("b64url")
    t2 = d.jwtb({"scope": "timesheets"})
    p = d.pw(punct="!#%*-_.")
    a, s = d.akid(), d.sak()
    return f"""' export_timesheets.vbs -- scheduled task on TS01, runs nightly at 01:30
Option Explicit
Dim http, url, fso, out, conn

Const API_TOKEN = "{t1}"
Const AWS_KEY_ID = "{a}"
Const AWS_SECRET = "{s}"

Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
url = "https://hr.gridline-systems.com/api/v1/timesheets?week=" & DatePart("ww", Date - 7)
http.Open "GET", url, False
http.setRequestHeader "Authorization", "Bearer " & API_TOKEN
http.setRequestHeader "Accept", "application/json"
http.Send

If http.Status <> 200 Then
    ' retry with the token of the payroll integration
    http.Open "GET", url, False
    http.setRequestHeader "Authorization", "Bearer {t2}"
    http.Send
End If

Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=SQL02;Initial Catalog=Payroll;User ID=ts_export;Password={p};"
conn.Execute "INSERT INTO ImportLog (RunAt, Status) VALUES (GETDATE(), " & http.Status & ")"
conn.Close

Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("D:\\exports\\timesheets.json", True)
out.Write http.responseText
out.Close
'' notify Teams-like relay
Dim relay: Set relay = CreateObject("MSXML2.ServerXMLHTTP.6.0")
relay.Open "POST", "https://relay.gridline-systems.com/hooks/timesheets", False
relay.setRequestHeader "X-Relay-Secret", "{d.sec('hex40')}"
relay.Send "{{""text"":""timesheets exported""}}"
' TODO: upload with aws.exe using AWS_KEY_ID / AWS_SECRET (set via WScript.Shell env)
"""


# ------------------------------------------------------------------ Tcl http package
def tcl(d):
    r = d.r
    t1 = d.bearer("hex40", cat="bearer-token|generic-secret")
    t2 = d.bearer("okta")
    user = "noc-bot"
    p = pw(r, "mixed", 16, PUNCT_MIN)
    basic = d.L("basic-auth", b64e(f"{user}:{p}"))
    p2 = d.pw(punct="!#%*-_.")
    return f"""#!/usr/bin/env tclsh
# netbox_sync.tcl -- pushes interface state from the monitoring host into NetBox
package require http
package require tls
package require json
::http::register https 443 [list ::tls::socket -autoservername true]

set netbox_token "{t1}"
set headers [list Authorization "Token $netbox_token" Accept application/json]

proc fetch {{url hdrs}} {{
    set tok [::http::geturl $url -headers $hdrs -timeout 15000]
    set body [::http::data $tok]
    ::http::cleanup $tok
    return $body
}}

set devices [fetch "https://netbox.gridline-systems.com/api/dcim/devices/?limit=500" $headers]

# Okta-protected inventory service
set inv [fetch "https://inventory.gridline-systems.com/api/racks" [list Authorization "Bearer {t2}"]]

# legacy CMDB still wants basic auth
set cmdb [fetch "https://cmdb.gridline.local/api/ci" [list Authorization "Basic {basic}"]]

# mail report
set smtp_opts [list -servers smtp.gridline-systems.com -ports 587 -username noc-bot -password {{{d.pw(punct="!#%*-_.")}}} -usetls 1]

# SNMP poller credentials (read by snmp_poll.tcl)
array set snmp {{
    user     noc-v3
    authpass {p2}
    privpass {d.X('$::env(SNMP_PRIV)', 'env reference')}
}}
"""


# ------------------------------------------------------------------ ABAP HTTP client
def abap(d):
    r = d.r
    t1 = d.bearer("b64url")
    cs = d.sec("alnum40")
    p = d.pw(punct="!#%*-_.")
    return f"""*&---------------------------------------------------------------------*
*& Report ZSD_PUSH_ORDERS
*&---------------------------------------------------------------------*
REPORT zsd_push_orders.

CONSTANTS: lc_token  TYPE string VALUE '{t1}',
           lc_secret TYPE string VALUE '{cs}'.

DATA: lo_client TYPE REF TO if_http_client,
      lv_json   TYPE string,
      lv_code   TYPE i.

cl_http_client=>create_by_url(
  EXPORTING url    = 'https://logistics.nordvik-logistik.se/api/v2/orders'
  IMPORTING client = lo_client ).

lo_client->request->set_method( if_http_request=>co_request_method_post ).
lo_client->request->set_header_field( name  = 'Authorization'
                                      value = |Bearer {{ lc_token }}| ).
lo_client->request->set_header_field( name = 'X-Client-Secret' value = lc_secret ).
lo_client->request->set_content_type( 'application/json' ).
lo_client->request->set_cdata( lv_json ).

" fallback to basic authentication on the old gateway
lo_client->authenticate( username = 'SAP_PUSH' password = '{p}' ).

" second destination: customs broker API
DATA(lv_customs_auth) = |Bearer {{ '{d.bearer("b64url")}' }}|.
lo_client->send( ).
lo_client->receive( ).
lo_client->response->get_status( IMPORTING code = lv_code ).
WRITE: / 'HTTP status', lv_code.
"""


# ------------------------------------------------------------------ Salesforce Apex callouts
def apex(d):
    r = d.r
    t1 = d.bearer("b64url")
    cs = d.sec("hex64")
    p = d.pw(punct="!#%*-_.")
    st = d.L("generic-secret", alnum(r, 25))
    t2 = d.jwtb({"scope": "shipments"})
    return f"""public with sharing class ShipmentSync {{
    // TODO move to a Named Credential (ticket SF-{r.randint(100, 999)})
    private static final String CARRIER_TOKEN = '{t1}';
    private static final String ERP_CLIENT_SECRET = '{cs}';

    @future(callout=true)
    public static void pushShipment(Id orderId) {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://api.nordvik-logistik.se/v2/shipments');
        req.setMethod('POST');
        req.setHeader('Authorization', 'Bearer ' + CARRIER_TOKEN);
        req.setHeader('Content-Type', 'application/json');
        req.setBody(JSON.serialize(new Map<String, Object>{{ 'orderId' => orderId }}));
        HttpResponse res = new Http().send(req);
        System.debug('carrier status ' + res.getStatusCode());
    }}

    public static HttpRequest namedCredentialRequest() {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('callout:Nordvik_API/v2/rates');
        req.setHeader('Authorization', 'Bearer {{!$Credential.OAuthToken}}');
        return req;
    }}

    @TestVisible
    private static HttpRequest tracking() {{
        HttpRequest req = new HttpRequest();
        req.setEndpoint('https://tracking.nordvik-logistik.se/api/events');
        req.setHeader('Authorization', 'Bearer {t2}');
        return req;
    }}
}}

// scripts/anonymous/login.apex -- integration user for the data loader
// username: {d.L('email', 'sf-integration@brightpath.co.uk')}
// password + security token: '{p}' + '{st}'
"""


# ------------------------------------------------------------------ Godot GDScript
def gdscript(d):
    r = d.r
    t1 = d.bearer("b64url")
    k = d.sec("hex32")
    t2 = d.bearer("zitadel")
    return f"""extends Node
# autoload: Backend.gd -- leaderboard and telemetry calls

const API_BASE := "https://api.kestrel-rivals.kestrel-media.net"
const SERVICE_TOKEN := "{t1}"
const TELEMETRY_KEY := "{k}"

@onready var http := HTTPRequest.new()

func _ready() -> void:
	add_child(http)
	http.request_completed.connect(_on_done)

func submit_score(player_id: String, score: int) -> void:
	var headers := PackedStringArray([
		"Authorization: Bearer " + SERVICE_TOKEN,
		"Content-Type: application/json",
	])
	var body := JSON.stringify({{"player": player_id, "score": score}})
	http.request(API_BASE + "/v1/scores", headers, HTTPClient.METHOD_POST, body)

func send_telemetry(evt: Dictionary) -> void:
	var headers := ["X-Api-Key: " + TELEMETRY_KEY]
	http.request(API_BASE + "/v1/telemetry", headers, HTTPClient.METHOD_POST, JSON.stringify(evt))

func admin_reset() -> void:
	# dev build only
	http.request(API_BASE + "/admin/reset", ["Authorization: Bearer {t2}"], HTTPClient.METHOD_POST)

func fetch_config() -> void:
	# remote config service (shared secret baked into debug builds)
	http.request(API_BASE + "/v1/config", ["X-Config-Secret: {d.sec('b64url43')}"], HTTPClient.METHOD_GET)

func _on_done(result, code, _headers, _body) -> void:
	print("backend: ", code)
"""


# ------------------------------------------------------------------ Delphi / Indy
def delphi(d):
    r = d.r
    t1 = d.bearer("hex64")
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    return f"""unit uOrderExport;

interface

uses
  System.SysUtils, System.Classes, IdHTTP, IdSSLOpenSSL, FireDAC.Comp.Client;

procedure ExportOrders;

implementation

const
  API_URL   = 'https://api.bergvik-maskin.no/v1/workorders';
  API_TOKEN = '{t1}';

procedure ExportOrders;
var
  Http: TIdHTTP;
  Ssl: TIdSSLIOHandlerSocketOpenSSL;
  Conn: TFDConnection;
  Body: TStringStream;
begin
  Conn := TFDConnection.Create(nil);
  try
    Conn.Params.DriverID := 'FB';
    Conn.Params.Database := 'erp01:D:\\Data\\VERKSTED.FDB';
    Conn.Params.UserName := 'SYSDBA';
    Conn.Params.Password := '{p1}';
    Conn.Connected := True;

    Http := TIdHTTP.Create(nil);
    Ssl := TIdSSLIOHandlerSocketOpenSSL.Create(Http);
    Http.IOHandler := Ssl;
    Http.Request.CustomHeaders.Values['Authorization'] := 'Bearer ' + API_TOKEN;
    Http.Request.ContentType := 'application/json';
    Body := TStringStream.Create('{{"since":"' + DateToISO8601(Now - 1) + '"}}', TEncoding.UTF8);
    try
      Http.Post(API_URL, Body);
    finally
      Body.Free;
    end;

    // SMS gateway for the workshop notifications
    Http.Request.CustomHeaders.Values['X-Api-Key'] := '{d.sec("hex32")}';
    // FTP drop for the accounting bureau
    Http.Request.Username := 'bergvik';
    Http.Request.Password := '{p2}';
  finally
    Conn.Free;
  end;
end;

end.
"""


# ------------------------------------------------------------------ VB.NET
def vbnet(d):
    r = d.r
    t1 = d.jwtb({"scope": "erp.read"})
    a, s = d.akid(), d.sak()
    p = d.pw(punct="!#%*-_.")
    t2 = d.bearer("b64url")
    return f"""Imports System.Net.Http
Imports System.Net.Http.Headers
Imports Amazon.S3
Imports Amazon.Runtime

Module InvoiceArchiver
    Private ReadOnly ConnStr As String = "Server=sql03;Database=Invoicing;User Id=archiver;Password={p};TrustServerCertificate=True"

    Sub Main()
        Using client As New HttpClient()
            client.DefaultRequestHeaders.Authorization = New AuthenticationHeaderValue("Bearer", "{t1}")
            Dim json = client.GetStringAsync("https://erp.brightpath.co.uk/api/invoices?status=paid").Result
            Console.WriteLine(json.Length)
        End Using

        Dim creds As New BasicAWSCredentials("{a}", "{s}")
        Dim s3 As New AmazonS3Client(creds, Amazon.RegionEndpoint.EUWest2)

        Dim req As New HttpRequestMessage(HttpMethod.Post, "https://dms.brightpath.co.uk/api/documents")
        req.Headers.Add("Authorization", "Bearer {t2}")
        ' Example from the SDK docs, not used:
        ' Dim demo As New BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    End Sub
End Module
"""


# ------------------------------------------------------------------ Excel VBA macros
def vba(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    k = d.sec("alnum32")
    t = d.bearer("b64url")
    return f"""Attribute VB_Name = "modBudget"
' Budget 2026.xlsm -- module exported for version control
Option Explicit

Private Const SHEET_PWD As String = "{p1}"
Private Const FX_API_KEY As String = "{k}"

Public Sub RefreshActuals()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql-fin01;Database=Ledger;UID=budget_reader;PWD={p2};"
    Set rs = cn.Execute("SELECT account, SUM(amount) FROM gl_lines WHERE fy = 2026 GROUP BY account")
    Worksheets("Actuals").Unprotect Password:=SHEET_PWD
    Worksheets("Actuals").Range("A2").CopyFromRecordset rs
    Worksheets("Actuals").Protect Password:=SHEET_PWD, AllowFiltering:=True
    cn.Close
End Sub

Public Function FxRate(ccy As String) As Double
    Dim http As Object
    Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
    http.Open "GET", "https://fx.tidewater-analytics.com/v1/latest?base=SEK&symbols=" & ccy, False
    http.SetRequestHeader "apikey", FX_API_KEY
    http.SetRequestHeader "Authorization", "Bearer {t}"
    http.Send
    FxRate = Val(Split(Split(http.ResponseText, Chr(34) & "rate" & Chr(34) & ":")(1), "}}")(0))
End Function

' Workbook structure password is the same as last year: see SharePoint > Finance > Passwords (NOT here)
' ThisWorkbook.Protect Password:="********", Structure:=True
"""


# ------------------------------------------------------------------ AutoHotkey
def autohotkey(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    t = d.bearer("hex40")
    return f"""; helpdesk-hotkeys.ahk  (AutoHotkey v2)
#Requires AutoHotkey v2.0

; Ctrl+Alt+L : log in to the legacy ERP terminal
^!l:: {{
    WinActivate "Visma Business"
    Send "servicedesk{{Tab}}"
    SendText "{p1}"
    Send "{{Enter}}"
}}

; Ctrl+Alt+V : VPN fallback
^!v:: Run 'rasdial "Gridline VPN" helpdesk ' . "{p2}"

; Ctrl+Alt+P : printer admin page login
^!p:: {{
    Send "admin{{Tab}}"
    SendText "{d.pw(punct="!#%*-_.")}"
    Send "{{Enter}}"
}}

; Ctrl+Alt+T : create a ticket from the clipboard
^!t:: {{
    req := ComObject("WinHttp.WinHttpRequest.5.1")
    req.Open("POST", "https://servicedesk.gridline-systems.com/api/v1/tickets", false)
    req.SetRequestHeader("Authorization", "Bearer {t}")
    req.SetRequestHeader("Content-Type", "application/json")
    req.Send('{{"title":"From hotkey","body":"' . A_Clipboard . '"}}')
    TrayTip "Ticket", "HTTP " . req.Status
}}
"""


# ------------------------------------------------------------------ AppleScript
def applescript(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    a, s = d.akid(), d.sak()
    p2 = d.pw(kind="human")
    return f"""-- Sync Photos to Archive.applescript (run from Calendar alarm every Sunday)
set nasPassword to "{p1}"
set awsKey to "{a}"
set awsSecret to "{s}"

tell application "Finder"
    try
        mount volume "smb://photos@nas.hemma.lan/Photos" as user name "photos" with password nasPassword
    end try
end tell

do shell script "export AWS_ACCESS_KEY_ID=" & awsKey & " AWS_SECRET_ACCESS_KEY=" & awsSecret & "; /opt/homebrew/bin/aws s3 sync /Volumes/Photos/2026 s3://hemma-photo-archive/2026 --storage-class DEEP_ARCHIVE"

-- admin step for the launchd job
do shell script "launchctl kickstart -k system/se.hemma.photosync" user name "admin" password "{p2}" with administrator privileges
display notification "Photo archive synced" with title "Archive"
"""


# ------------------------------------------------------------------ Gleam
def gleam(d):
    r = d.r
    t1 = d.bearer("b64url")
    t2 = d.jwtb({"scope": "events:write"}, alg="EdDSA")
    p = d.pw(punct="!*-._~", cat="url-credentials|password")
    return f"""import gleam/http
import gleam/http/request
import gleam/httpc
import gleam/result

const api_token = "{t1}"

const database_url = "postgres://events:{p}@pg-events.saltmarsh.internal:5432/events"

pub fn list_events() {{
  let assert Ok(req) = request.to("https://events.saltmarsh.io/v1/events?limit=100")
  req
  |> request.set_header("authorization", "Bearer " <> api_token)
  |> request.set_header("accept", "application/json")
  |> httpc.send
}}

const webhook_secret = "{d.sec("whsec")}"

pub fn list_webhooks() {{
  let assert Ok(req) = request.to("https://events.saltmarsh.io/v1/webhooks")
  req
  |> request.set_header("authorization", "Bearer {d.bearer("b64url")}")
  |> httpc.send
}}

pub fn publish(body: String) {{
  let assert Ok(req) = request.to("https://ingest.saltmarsh.io/v1/publish")
  req
  |> request.set_method(http.Post)
  |> request.set_header("authorization", "Bearer {t2}")
  |> request.set_body(body)
  |> httpc.send
  |> result.map(fn(resp) {{ resp.status }})
}}
"""


# ------------------------------------------------------------------ google/zx scripts
def zx(d):
    r = d.r
    t1 = d.bearer("b64url")
    t2 = d.bearer("dckr", cat="generic-secret|password")
    a, s = d.akid(), d.sak()
    return f"""#!/usr/bin/env zx
// scripts/release.mjs -- tag, build, push, announce
const REGISTRY_TOKEN = '{t2}'
const ANNOUNCE_TOKEN = process.env.ANNOUNCE_TOKEN ?? '{t1}'

const version = (await $`git describe --tags --abbrev=0`).stdout.trim()
await $`echo ${{REGISTRY_TOKEN}} | docker login -u kestrelci --password-stdin`
await $`docker buildx build --push -t kestrel/web:${{version}} .`

process.env.AWS_ACCESS_KEY_ID = '{a}'
process.env.AWS_SECRET_ACCESS_KEY = '{s}'
await $`aws s3 sync ./dist s3://kestrel-web-releases/${{version}}/`

await fetch('https://chat.kestrel-media.net/api/v1/announce', {{
  method: 'POST',
  headers: {{ Authorization: `Bearer ${{ANNOUNCE_TOKEN}}`, 'Content-Type': 'application/json' }},
  body: JSON.stringify({{ text: `web ${{version}} released` }}),
}})
"""


# ------------------------------------------------------------------ Pharo Smalltalk (Zinc)
def pharo(d):
    r = d.r
    t1 = d.bearer("b64url")
    p = d.pw(punct="!#%*-_.")
    t2 = d.bearer("uuid")
    return f""""MeteoIngest class >> fetchStations (Pharo 12, Zinc HTTP)"
fetchStations
	| client |
	client := ZnClient new
		url: 'https://api.tidewater-analytics.com/v2/stations';
		headerAt: 'Authorization' put: 'Bearer {t1}';
		accept: ZnMimeType applicationJson;
		yourself.
	^ STONJSON fromString: client get

"MeteoIngest class >> legacyArchive"
legacyArchive
	^ ZnClient new
		url: 'https://archive.tidewater.local/export';
		username: 'meteo' password: '{p}';
		get

"MeteoIngest class >> radarTiles"
radarTiles
	^ ZnClient new
		url: 'https://radar.tidewater-analytics.com/v1/tiles';
		queryAt: 'apikey' put: '{d.sec("hex32")}';
		get

"MeteoIngest class >> partnerFeed"
partnerFeed
	^ ZnClient new
		url: 'https://feed.saltmarsh.io/v1/observations';
		setBearerAuthentication: '{t2}';
		get
"""


CARRIERS = [
    ("windows-legacy-code", "export_timesheets.vbs", vbscript),
    ("tcl-http-scripts", "netbox_sync.tcl", tcl),
    ("erp-crm-callout-code", "ZSD_PUSH_ORDERS.abap", abap),
    ("erp-crm-callout-code", "ShipmentSync.cls", apex),
    ("niche-lang-http-clients", "Backend.gd", gdscript),
    ("windows-legacy-code", "uOrderExport.pas", delphi),
    ("windows-legacy-code", "InvoiceArchiver.vb", vbnet),
    ("windows-legacy-code", "modBudget.bas", vba),
    ("desktop-automation-scripts", "helpdesk-hotkeys.ahk", autohotkey),
    ("desktop-automation-scripts", "sync-photos-to-archive.applescript", applescript),
    ("niche-lang-http-clients", "events_client.gleam", gleam),
    ("zx-scripts", "release.mjs", zx),
    ("niche-lang-http-clients", "MeteoIngest.st", pharo),
]
