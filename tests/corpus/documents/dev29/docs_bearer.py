"""dev29 bearer-token documents: clients in many languages, proxies, captures, logs and tools."""
import json
from registry import doc


def tok(d, i):
    """alternate bearer shapes"""
    shapes = ["jwt", "an40", "hex64", "b64u_32", "opaque", "jwtrs", "an64", "dot", "ya29"]
    s = shapes[i % len(shapes)]
    if s == "jwt":
        return d.jbt("HS256", {"iss": "https://auth.kommun.lan", "scope": "api"})
    if s == "jwtrs":
        return d.jbt("RS256", {"iss": "https://login.foretag.lan/realms/intern", "azp": "portal"})
    return d.bt(s)


@doc("common-lisp-dexador-lisp", "src/vaderdata.lisp", "common lisp program fetching weather data with dexador")
def _(d):
    t = d.bt("an40")
    return f""";;;; vaderdata.lisp - hamtar prognoser for odlingsplatserna
(defpackage :vaderdata
  (:use :cl)
  (:export :hamta-prognos))
(in-package :vaderdata)

(defparameter *api-bas* "https://api.vaderdata.lan/v2")
(defparameter *api-token* "{t}")

(defun hamta-prognos (plats)
  (let ((svar (dex:get (format nil "~a/prognos?plats=~a" *api-bas* plats)
                       :headers `(("Authorization" . ,(format nil "Bearer ~a" *api-token*))
                                  ("Accept" . "application/json")))))
    (jonathan:parse svar)))
"""


@doc("matlab-weboptions-headerfields-m", "analys/hamtaElpriser.m", "matlab script calling a rest api with weboptions header fields")
def _(d):
    t = d.jbt("HS256", {"scope": "spotpris:read"})
    return f"""% hamtaElpriser.m - laddar timpriser for SE3 och ritar dygnskurvan
url = 'https://api.energidata.lan/v1/spotpris';
token = '{t}';
opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' token]}}, ...
                  'ContentType', 'json', 'Timeout', 30);
data = webread(url, 'omrade', 'SE3', 'datum', datestr(now, 'yyyy-mm-dd'), opts);
plot([data.timme], [data.pris_ore]);
title('Spotpris SE3 (öre/kWh)');
"""


@doc("google-apps-script-urlfetchapp-gs", "apps-script/Kod.gs", "spreadsheet apps script posting rows to an api with UrlFetchApp")
def _(d):
    t = d.bt("b64u_32")
    return f"""/**
 * Skickar nya anmälningar från kalkylarket till medlemsregistret.
 * Körs via tidsstyrd utlösare varje timme.
 */
const API_URL = 'https://medlem.idrottsforeningen.lan/api/anmalningar';
const API_TOKEN = '{t}';

function skickaNya() {{
  const blad = SpreadsheetApp.getActive().getSheetByName('Svar');
  const rader = blad.getDataRange().getValues();
  rader.slice(1).filter(r => r[8] !== 'skickad').forEach((r, i) => {{
    const svar = UrlFetchApp.fetch(API_URL, {{
      method: 'post',
      contentType: 'application/json',
      headers: {{ Authorization: 'Bearer ' + API_TOKEN }},
      payload: JSON.stringify({{ namn: r[1], grupp: r[4] }}),
      muteHttpExceptions: true,
    }});
    if (svar.getResponseCode() === 201) blad.getRange(i + 2, 9).setValue('skickad');
  }});
}}
"""


@doc("vba-msxml2-serverxmlhttp-bas", "makron/modSkickaTid.bas", "excel vba module sending time reports with MSXML2.ServerXMLHTTP")
def _(d):
    t = d.bt("hex64")
    vb = 'body = "{""anstnr"":""" & Range("B2").Value & """,""timmar"":" & Range("D20").Value & "}"'
    return f"""Attribute VB_Name = "modSkickaTid"
Option Explicit

Private Const TOKEN As String = "{t}"

Public Sub SkickaTidrapport()
    Dim http As Object, body As String
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    {vb}
    http.Open "POST", "https://tid.foretaget.lan/api/rapporter", False
    http.setRequestHeader "Content-Type", "application/json"
    http.setRequestHeader "Authorization", "Bearer " & TOKEN
    http.send body
    If http.Status <> 201 Then MsgBox "Fel: " & http.Status & " " & http.responseText
End Sub
"""


@doc("godot-httprequest-gd", "scripts/topplista.gd", "godot gdscript posting high scores with HTTPRequest")
def _(d):
    t = d.bt("an40")
    return f"""extends Node

const TOPPLISTA_URL := "https://spel.fiskespelet.se/api/v1/topplista"
const API_TOKEN := "{t}"

@onready var http: HTTPRequest = $HTTPRequest

func skicka_poang(namn: String, poang: int) -> void:
	var headers := [
		"Content-Type: application/json",
		"Authorization: Bearer " + API_TOKEN,
	]
	var body := JSON.stringify({{"namn": namn, "poang": poang}})
	var err := http.request(TOPPLISTA_URL, headers, HTTPClient.METHOD_POST, body)
	if err != OK:
		push_error("kunde inte skicka poang: %s" % err)
"""


@doc("spring-webclient-defaultheader-java", "src/main/java/se/vard/remiss/RemissClientConfig.java", "spring webclient bean with a default authorization header")
def _(d):
    t = d.jbt("RS256", {"iss": "https://idp.region.lan", "aud": "remiss-api"})
    return f"""package se.vard.remiss;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration
public class RemissClientConfig {{

    // Långlivad systemtoken från regionens IdP (giltig t.o.m. 2026-06-30)
    private static final String SYSTEM_TOKEN =
            "{t}";

    @Bean
    WebClient remissClient(WebClient.Builder builder) {{
        return builder
                .baseUrl("https://remiss.region.lan/api/v3")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + SYSTEM_TOKEN)
                .defaultHeader(HttpHeaders.ACCEPT, "application/fhir+json")
                .build();
    }}
}}
"""


@doc("feign-requestinterceptor-java", "src/main/java/se/lager/integration/GrossistFeignConfig.java", "openfeign request interceptor adding a bearer header")
def _(d):
    t = d.bt("b64u_32")
    return f"""package se.lager.integration;

import feign.RequestInterceptor;
import org.springframework.context.annotation.Bean;

public class GrossistFeignConfig {{

    @Bean
    public RequestInterceptor grossistAuth() {{
        return template -> template.header("Authorization", "Bearer {t}");
    }}
}}
"""


@doc("faraday-connection-authorization-rb", "lib/fortnox_sync/client.rb", "ruby faraday connection with request authorization")
def _(d):
    t = d.bt("an64")
    return f"""require "faraday"
require "faraday/retry"

module FortnoxSync
  class Client
    BASE = "https://api.bokforing.lan/3".freeze

    def initialize(token: ENV.fetch("BOKFORING_TOKEN", "{t}"))
      @conn = Faraday.new(url: BASE) do |f|
        f.request :authorization, "Bearer", token
        f.request :json
        f.request :retry, max: 3, interval: 0.5
        f.response :json
        f.response :raise_error
      end
    end

    def fakturor(sida: 1)
      @conn.get("invoices", page: sida).body
    end
  end
end
"""


@doc("guzzle-client-default-headers-php", "src/Integration/KurserClient.php", "php guzzle client with default authorization headers")
def _(d):
    t = d.jbt("HS256", {"scope": "kurser.read kurser.write"})
    return f"""<?php

namespace App\\Integration;

use GuzzleHttp\\Client;

final class KurserClient
{{
    private Client $http;

    public function __construct()
    {{
        $this->http = new Client([
            'base_uri' => 'https://kurser.folkhogskolan.lan/api/',
            'timeout'  => 10,
            'headers'  => [
                'Authorization' => 'Bearer {t}',
                'Accept'        => 'application/json',
            ],
        ]);
    }}

    public function deltagare(int $kursId): array
    {{
        $res = $this->http->get("kurser/{{$kursId}}/deltagare");
        return json_decode((string) $res->getBody(), true);
    }}
}}
"""


@doc("logstash-http-output-headers-conf", "etc/logstash/conf.d/90-outputs.conf", "logstash pipeline outputs posting events with authorization headers")
def _(d):
    t1, t2 = d.bt("an40"), d.bt("hex64")
    return f"""output {{
  if [type] == "larm" {{
    http {{
      url => "https://larmcentral.lan/api/handelser"
      http_method => "post"
      format => "json"
      headers => {{ "Authorization" => "Bearer {t1}" }}
    }}
  }}
  if [type] == "revision" {{
    http {{
      url => "https://arkiv.kommun.lan/ingest"
      http_method => "post"
      format => "json_batch"
      headers => {{
        "Authorization" => "Bearer {t2}"
        "X-Source" => "logstash-01"
      }}
    }}
  }}
  if [type] == "test" {{
    http {{
      url => "https://mottagare.test.lan/ingest"
      http_method => "post"
      headers => {{ "Authorization" => "Bearer ${{TEST_INGEST_TOKEN}}" }}
    }}
  }}
}}
"""


@doc("lighttpd-setenv-request-header-conf", "etc/lighttpd/conf-enabled/20-proxy-api.conf", "lighttpd proxy configuration adding request headers per host")
def _(d):
    t1, t2 = d.bt("b64u_32"), d.bt("an40")
    return f"""server.modules += ( "mod_proxy", "mod_setenv" )

$HTTP["host"] == "karta.kommun.lan" {{
    setenv.add-request-header = ( "Authorization" => "Bearer {t1}" )
    proxy.server = ( "" => ( ( "host" => "10.12.0.21", "port" => 8080 ) ) )
}}

$HTTP["host"] == "tidtabell.kommun.lan" {{
    setenv.set-request-header = ( "Authorization" => "Bearer {t2}",
                                  "X-Forwarded-Proto" => "https" )
    proxy.server = ( "" => ( ( "host" => "10.12.0.35", "port" => 9000 ) ) )
}}
"""


@doc("bpftrace-sslsniff-output", "debug/sslsniff-bokning-api.txt", "ssl sniffing tool output captured while debugging an internal api client")
def _(d):
    t1, t2 = d.bt("hex64"), d.jbt("HS256", {"scope": "bokning"})
    return f"""# sudo /usr/share/bcc/tools/sslsniff -p 40211 -x
FUNC         TIME(s)            COMM             PID     LEN
WRITE/SEND   0.000000000        python3          40211   412
----- DATA -----
POST /api/v2/bokningar HTTP/1.1
Host: bokning.lan
User-Agent: python-requests/2.32.3
Accept-Encoding: gzip, deflate
Accept: */*
Connection: keep-alive
Authorization: Bearer {t1}
Content-Type: application/json
Content-Length: 61

{{"resurs": "tvattstuga-2", "fran": "2026-01-21T07:00:00"}}
----- END DATA -----

READ/RECV    0.041552101        python3          40211   198
----- DATA -----
HTTP/1.1 401 Unauthorized
Content-Type: application/json
WWW-Authenticate: Bearer error="invalid_token"

{{"error":"invalid_token"}}
----- END DATA -----

WRITE/SEND   3.120440987        python3          40211   398
----- DATA -----
POST /api/v2/bokningar HTTP/1.1
Host: bokning.lan
Authorization: Bearer {t2}
Content-Type: application/json
Content-Length: 61

{{"resurs": "tvattstuga-2", "fran": "2026-01-21T07:00:00"}}
----- END DATA -----
"""


@doc("aria2c-header-input-file", "nedladdning/kartpaket.txt", "aria2c input file with per-download headers")
def _(d):
    t1, t2 = d.bt("an40"), d.bt("b64u_32")
    return f"""# aria2c -i kartpaket.txt -j 4
https://kartor.lantmateriet-api.lan/download/ortofoto/2025/blad_6580.zip
  header=Authorization: Bearer {t1}
  dir=/srv/kartor/orto
  out=blad_6580.zip
https://kartor.lantmateriet-api.lan/download/ortofoto/2025/blad_6581.zip
  header=Authorization: Bearer {t1}
  dir=/srv/kartor/orto
https://hojddata.lan/export/dem_1m_lulea.tif
  header=Authorization: Bearer {t2}
  dir=/srv/kartor/hojd
"""


@doc("apache-mod-log-forensic", "var/log/apache2/forensic_log", "apache mod_log_forensic log with full request headers")
def _(d):
    lines = []
    ips = ["10.20.1.14", "10.20.1.15", "10.20.3.8", "10.20.1.14", "10.20.4.2", "10.20.3.9", "10.20.1.16", "10.20.5.3"]
    for i in range(8):
        fid = d.anx(24)
        if i == 4:
            auth = "Authorization:Bearer%20%24TOKEN"
        else:
            t = d.glue(tok(d, i))
            auth = f"Authorization:Bearer%20{t}"
        path = d.ch(["/api/arenden?status=oppen", "/api/arenden/4471", "/api/dokument/upload", "/api/anvandare/mig"])
        lines.append(f"+{fid}|GET {path} HTTP/1.1|Host:diarie.kommun.lan|User-Agent:Java-http-client/17.0.9|{auth}|Accept:application/json|X-Forwarded-For:{ips[i]}")
        lines.append(f"-{fid}")
    return "\n".join(lines) + "\n"


@doc("rover-graph-introspect-history", "home/utv/.zsh_history", "zsh history using the graphql rover cli and curl against a gateway")
def _(d):
    t1, t2 = d.bt("an40"), d.bt("hex64")
    return f""": 1768201001:0;cd ~/src/portal-gateway
: 1768201040:0;rover graph introspect https://gateway.portal.lan/graphql --header "Authorization: Bearer {t1}" > schema.graphql
: 1768201102:0;rover subgraph check portal@prod --name bokning --schema ./bokning.graphql
: 1768201230:0;curl -s https://gateway.portal.lan/graphql -H 'Content-Type: application/json' -H "Authorization: Bearer {t2}" -d '{{"query":"{{ me {{ id namn }} }}"}}' | jq
: 1768201301:0;export APOLLO_KEY=$(pass show apollo/portal)
: 1768201355:0;git status
"""


@doc("nuclei-config-yml-header", "home/pentest/.config/nuclei/config.yaml", "vulnerability scanner config with an authorization header for an authenticated scan")
def _(d):
    t = d.jbt("RS256", {"iss": "https://sso.kund.lan", "scope": "openid profile"})
    return f"""# nuclei -config ~/.config/nuclei/config.yaml -u https://portal.kund.lan
severity:
  - medium
  - high
  - critical
exclude-tags:
  - dos
  - fuzz
rate-limit: 50
header:
  - "Authorization: Bearer {t}"
  - "X-Pentest: uppdrag-2026-03"
output: resultat/portal-2026-01-20.txt
"""


@doc("wscat-connect-history", "home/drift/.bash_history", "bash history testing websocket endpoints with wscat")
def _(d):
    t1, t2 = d.bt("b64u_32"), d.bt("an40")
    return f"""npm i -g wscat
wscat -c wss://realtid.trafik.lan/ws/positioner
wscat -c wss://realtid.trafik.lan/ws/positioner -H "Authorization: Bearer {t1}"
wscat -c wss://realtid.trafik.lan/ws/avgangar -H 'Authorization: Bearer {t2}' -x '{{"prenumerera":"hallplats:9021014001000000"}}'
wscat -c "wss://realtid.trafik.lan/ws/avgangar" -H "Authorization: Bearer $TRAFIK_TOKEN"
history | grep wscat
"""


@doc("checkly-api-check-ts", "__checks__/bokning-api.check.ts", "synthetic monitoring api check definition in typescript")
def _(d):
    t = d.bt("an40")
    return f"""import {{ ApiCheck, AssertionBuilder }} from 'checkly/constructs'

new ApiCheck('bokning-api-health', {{
  name: 'Bokning API - lediga tider',
  frequency: 5,
  locations: ['eu-north-1', 'eu-central-1'],
  request: {{
    method: 'GET',
    url: 'https://api.bokning.tandvarden.se/v1/lediga-tider?klinik=12',
    headers: [
      {{ key: 'Authorization', value: 'Bearer {t}' }},
      {{ key: 'Accept', value: 'application/json' }},
    ],
    assertions: [
      AssertionBuilder.statusCode().equals(200),
      AssertionBuilder.responseTime().lessThan(1500),
    ],
  }},
}})
"""


@doc("dlang-std-net-curl-d", "source/app.d", "d program posting sensor readings with std.net.curl")
def _(d):
    t = d.bt("hex64")
    return f"""import std.net.curl;
import std.json;
import std.stdio;

enum TOKEN = "{t}";

void main()
{{
    auto http = HTTP();
    http.addRequestHeader("Authorization", "Bearer " ~ TOKEN);
    http.addRequestHeader("Content-Type", "application/json");
    auto body = JSONValue(["sensor": JSONValue("vaxthus-3"), "temp": JSONValue(21.4)]);
    auto svar = post("https://odling.lan/api/matvarden", body.toString(), http);
    writeln(svar);
}}
"""


@doc("guile-web-client-scm", "scripts/hamta-menyer.scm", "guile scheme script fetching school lunch menus with (web client)")
def _(d):
    t = d.bt("an40")
    return f"""#!/usr/bin/env guile
!#
(use-modules (web client) (web uri) (ice-9 receive) (json))

(define token "{t}")

(define (hamta-meny skola)
  (receive (resp body)
      (http-get (string->uri (string-append "https://skolmat.kommun.lan/api/meny/" skola))
                #:headers `((authorization . (bearer . ,token))
                            (accept . ((application/json)))))
    (json-string->scm (if (string? body) body (utf8->string body)))))

(display (hamta-meny "ekbacksskolan"))
(newline)
"""


@doc("autoit-winhttp-request-au3", "verktyg/skicka_kassarapport.au3", "autoit script sending a till report with WinHttp.WinHttpRequest")
def _(d):
    t = d.bt("b64u_32")
    return f"""#include <File.au3>

Local Const $sUrl = "https://kassa.butikskedjan.lan/api/dagsrapport"
Local Const $sToken = "{t}"

Local $sRapport = FileRead(@ScriptDir & "\\dagsrapport.json")
Local $oHttp = ObjCreate("WinHttp.WinHttpRequest.5.1")
$oHttp.Open("POST", $sUrl, False)
$oHttp.SetRequestHeader("Content-Type", "application/json")
$oHttp.SetRequestHeader("Authorization", "Bearer " & $sToken)
$oHttp.Send($sRapport)
If $oHttp.Status <> 200 Then
    _FileWriteLog(@ScriptDir & "\\fel.log", "Status " & $oHttp.Status & ": " & $oHttp.ResponseText)
EndIf
"""


@doc("h2o-server-access-log", "var/log/h2o/access.log", "h2o web server access log with the authorization header in a custom format")
def _(d):
    lines = []
    for i in range(9):
        ip = f"10.30.{d.ri(0, 9)}.{d.ri(2, 250)}"
        if i == 2:
            auth = "-"
        elif i == 5:
            auth = "Bearer <redacted>"
        else:
            auth = "Bearer " + tok(d, i + 1)
        path = d.ch(["/v1/fordon?omrade=norr", "/v1/fordon/ABC123/position", "/v1/rutter", "/v1/status"])
        lines.append(f'{ip} - - [20/Jan/2026:07:{10 + i:02d}:{d.ri(10, 59)} +0100] "GET {path} HTTP/2" 200 {d.ri(200, 9000)} "-" "okhttp/4.12.0" "{auth}" {d.ri(1, 90)}ms')
    return "\n".join(lines) + "\n"


@doc("outbound-webhook-dead-letter-jsonl", "var/spool/webhooks/dead-letter-2026-01-19.jsonl", "dead letter queue of failed outbound webhook deliveries with request headers")
def _(d):
    out = []
    for i, (url, st) in enumerate([("https://erp.kund-a.lan/hooks/order", 502), ("https://lager.kund-b.lan/in/webhook", 401),
                                    ("https://crm.kund-c.lan/api/events", 504), ("https://erp.kund-a.lan/hooks/order", 502),
                                    ("https://wms.kund-d.lan/webhooks", 500), ("https://crm.kund-c.lan/api/events", 504)]):
        t = tok(d, i + 2) if i != 3 else None
        hdr = {"Content-Type": "application/json", "User-Agent": "order-hooks/2.4",
               "Authorization": f"Bearer {t}" if t else "Bearer ${KUND_A_TOKEN}"}
        out.append(json.dumps({"id": d.uuid(), "attempts": 8, "last_status": st, "url": url, "headers": hdr,
                               "payload": {"event": "order.shipped", "order_id": f"SO-{d.ri(100000, 999999)}"}},
                              separators=(",", ":")))
    return "\n".join(out) + "\n"


@doc("token-introspection-audit-log", "var/log/auth-gw/introspection-audit.log", "api gateway audit log of oauth token introspection calls")
def _(d):
    lines = []
    for i in range(7):
        t = tok(d, i + 3)
        act = "true" if i != 1 else "false"
        lines.append(f"2026-01-20T09:{12 + i:02d}:{d.ri(10, 59)}.{d.ri(100, 999)}Z INFO  introspect client=portal-gw active={act} "
                     f"token_type_hint=access_token header=\"Authorization: Bearer {t}\" latency_ms={d.ri(3, 40)}")
    lines.append("2026-01-20T09:20:02.114Z WARN  introspect client=portal-gw missing bearer header=\"Authorization: Bearer \"")
    return "\n".join(lines) + "\n"


@doc("sidekiq-retry-set-dump-json", "debug/sidekiq-retries-2026-01-20.json", "background job retry set dump with job arguments containing headers")
def _(d):
    jobs = []
    for i in range(5):
        t = tok(d, i + 5)
        jobs.append({"class": "WebhookDeliveryJob", "queue": "webhooks", "jid": d.hexx(24), "retry_count": d.ri(2, 9),
                     "error_class": "Faraday::ServerError", "error_message": "the server responded with status 503",
                     "args": [f"https://partner{i + 1}.lan/hooks", {"Authorization": f"Bearer {t}", "Content-Type": "application/json"},
                              {"event": "invoice.paid", "invoice": f"F{d.ri(100000, 999999)}"}],
                     "failed_at": 1768900000.0 + i * 61.5})
    return json.dumps(jobs, indent=2) + "\n"


@doc("tomcat-accesslog-valve-authorization", "opt/tomcat/logs/localhost_access_log.2026-01-20.txt", "tomcat access log valve with the authorization header in its pattern")
def _(d):
    lines = []
    for i in range(8):
        ip = f"10.44.{d.ri(0, 3)}.{d.ri(2, 250)}"
        auth = "-" if i == 3 else "Bearer " + tok(d, i + 4)
        p = d.ch(["/journal/api/v1/patients/search", "/journal/api/v1/bookings", "/journal/api/v1/status", "/journal/api/v1/notes"])
        lines.append(f'{ip} - - [20/Jan/2026:10:{2 + i:02d}:{d.ri(10, 59)} +0100] "GET {p} HTTP/1.1" {200 if i != 3 else 401} {d.ri(20, 8000)} "{auth}" {d.ri(2, 300)}')
    return "\n".join(lines) + "\n"


@doc("express-morgan-authorization-token-log", "logs/access-2026-01-21.log", "node express access log written by morgan with a custom authorization token")
def _(d):
    lines = []
    for i in range(8):
        auth = "Bearer undefined" if i == 4 else "Bearer " + tok(d, i + 6)
        lines.append(f'::ffff:10.9.0.{d.ri(2, 250)} [21/Jan/2026:08:{15 + i:02d}:{d.ri(10, 59)} +0000] "POST /api/orders HTTP/1.1" 201 {d.ri(80, 900)} - {d.ri(3, 90)}.{d.ri(100, 999)} ms auth="{auth}"')
    return "\n".join(lines) + "\n"


@doc("python-http-client-debuglevel-output", "debug/kvitto-upload-debug.txt", "python http.client debuglevel output while uploading receipts")
def _(d):
    t1, t2 = d.bt("an40"), d.bt("b64u_32")
    return f"""$ python3 ladda_upp_kvitton.py --debug
send: b'POST /api/v1/kvitton HTTP/1.1\\r\\nHost: kvitto.ekonomi.lan\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {t1}\\r\\nContent-Length: 48211\\r\\nContent-Type: multipart/form-data; boundary={d.hexx(32)}\\r\\n\\r\\n'
reply: 'HTTP/1.1 201 Created\\r\\n'
header: Content-Type: application/json
header: Content-Length: 54
send: b'GET /api/v1/kvitton?status=obehandlad HTTP/1.1\\r\\nHost: kvitto.ekonomi.lan\\r\\nAuthorization: Bearer {t2}\\r\\nAccept: application/json\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json
"""


@doc("rest-assured-log-all-output", "target/surefire-reports/se.bibliotek.api.LanIT-output.txt", "java api test output with rest-assured request logging")
def _(d):
    t1, t2 = d.jbt("RS256", {"iss": "https://sso.bibliotek.lan", "scope": "lan"}), d.bt("hex64")
    return f"""Request method:	POST
Request URI:	https://stage.bibliotek.lan/api/lan
Proxy:			<none>
Request params:	<none>
Query params:	<none>
Form params:	<none>
Path params:	<none>
Headers:		Authorization=Bearer {t1}
				Accept=*/*
				Content-Type=application/json
Cookies:		<none>
Multiparts:		<none>
Body:
{{
    "lantagare": "L-{d.ri(100000, 999999)}",
    "exemplar": "{d.ri(10 ** 12, 10 ** 13 - 1)}"
}}
Request method:	GET
Request URI:	https://stage.bibliotek.lan/api/reservationer?filial=7
Headers:		Authorization=Bearer {t2}
				Accept=application/json
Body:			<none>
"""


@doc("apache-httpclient-wire-log", "logs/integration-wire.log", "java apache httpclient wire and header debug log")
def _(d):
    t1, t2 = d.bt("an64"), d.jbt("HS256", {"scope": "leverans"})
    return f"""2026-01-21 09:14:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> POST /api/leveranser HTTP/1.1
2026-01-21 09:14:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> Authorization: Bearer {t1}
2026-01-21 09:14:02,118 DEBUG [org.apache.http.headers] http-outgoing-3 >> Content-Type: application/json; charset=UTF-8
2026-01-21 09:14:02,119 DEBUG [org.apache.http.wire] http-outgoing-3 >> "POST /api/leveranser HTTP/1.1[\\r][\\n]"
2026-01-21 09:14:02,119 DEBUG [org.apache.http.wire] http-outgoing-3 >> "Authorization: Bearer {t1}[\\r][\\n]"
2026-01-21 09:14:02,119 DEBUG [org.apache.http.wire] http-outgoing-3 >> "Host: frakt.partner.lan[\\r][\\n]"
2026-01-21 09:14:02,231 DEBUG [org.apache.http.wire] http-outgoing-3 << "HTTP/1.1 202 Accepted[\\r][\\n]"
2026-01-21 09:15:40,502 DEBUG [org.apache.http.headers] http-outgoing-4 >> GET /api/leveranser/status HTTP/1.1
2026-01-21 09:15:40,502 DEBUG [org.apache.http.headers] http-outgoing-4 >> Authorization: Bearer {t2}
"""
