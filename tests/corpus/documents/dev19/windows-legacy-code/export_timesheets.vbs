' export_timesheets.vbs -- scheduled task on TS01, runs nightly at 01:30
Option Explicit
Dim http, url, fso, out, conn

Const API_TOKEN = "QYGja2Em8LTC0DsP5iktDT1Je-lZ5KbzC-E0oMBvXu-ZEqyOdCb6k16su7ybWSNF"
Const AWS_KEY_ID = "AKIA32MKC3DKSSSCJCL4"
Const AWS_SECRET = "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"

Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
url = "https://hr.gridline-systems.com/api/v1/timesheets?week=" & DatePart("ww", Date - 7)
http.Open "GET", url, False
http.setRequestHeader "Authorization", "Bearer " & API_TOKEN
http.setRequestHeader "Accept", "application/json"
http.Send

If http.Status <> 200 Then
    ' retry with the token of the payroll integration
    http.Open "GET", url, False
    http.setRequestHeader "Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImJiN2EyNDg0N2FmOGNiYTkifQ.eyJpc3MiOiJodHRwczovL2F1dGgubHVtZW53b3Jrcy5jb20vIiwic3ViIjoiODM3MDk1YzgtODljNi00YTJkLWJiYzctNGM0N2M1Y2YyNDNjIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzg5NDY1NjgyLCJleHAiOjE3ODk0NjkyODIsInNjb3BlIjoidGltZXNoZWV0cyJ9.cUVoGDEgepFgoQ9gONlwnvAR-XBYUtPYqqvw9DWzQnAZdJw6-vSyIupPjGAd8bNk0zIVF4xBSTLfQssOnZQ9OEW-VW64-X6X0aOaruiVJofX0uWGdrHNFxWHz3jHvwvQ4lyPyRHLumr_W6vC_fjHdLMrc81YIbHmcBFp3aotR-CHbrNvaW7NDPGWpgNWKfkIK0jZaYWxK8n5c0WV0iI-T3FlUKaJPoM3qgmzBLTBaKkqxMgoN5KULN4sFyhtQPjje6-7IVCqV6we_LkPWhHk16ElfS2fy7-n_gfy13mASGXDmtCUOw0ew7PED89pVJulfPaX1ArMMqvEfyE_TZSoOQ"
    http.Send
End If

Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=SQL02;Initial Catalog=Payroll;User ID=ts_export;Password=zjN8_PnW-xM8id#woRHH!;"
conn.Execute "INSERT INTO ImportLog (RunAt, Status) VALUES (GETDATE(), " & http.Status & ")"
conn.Close

Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("D:\exports\timesheets.json", True)
out.Write http.responseText
out.Close
'' notify Teams-like relay
Dim relay: Set relay = CreateObject("MSXML2.ServerXMLHTTP.6.0")
relay.Open "POST", "https://relay.gridline-systems.com/hooks/timesheets", False
relay.setRequestHeader "X-Relay-Secret", "88c4299feee96a71b68b5961cf786ff1605a296c"
relay.Send "{""text"":""timesheets exported""}"
' TODO: upload with aws.exe using AWS_KEY_ID / AWS_SECRET (set via WScript.Shell env)
