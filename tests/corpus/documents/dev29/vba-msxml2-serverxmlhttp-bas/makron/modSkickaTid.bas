Attribute VB_Name = "modSkickaTid"
Option Explicit

Private Const TOKEN As String = "fc487b8560f6fa12e700589f31afb98710bf998ca0b2e7a4b204e963a02d549c"

Public Sub SkickaTidrapport()
    Dim http As Object, body As String
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    body = "{""anstnr"":""" & Range("B2").Value & """,""timmar"":" & Range("D20").Value & "}"
    http.Open "POST", "https://tid.foretaget.lan/api/rapporter", False
    http.setRequestHeader "Content-Type", "application/json"
    http.setRequestHeader "Authorization", "Bearer " & TOKEN
    http.send body
    If http.Status <> 201 Then MsgBox "Fel: " & http.Status & " " & http.responseText
End Sub
