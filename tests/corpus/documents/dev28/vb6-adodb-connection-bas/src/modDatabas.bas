Attribute VB_Name = "modDatabas"
Option Explicit

' Anslutning till lönesystemet (SQL Server 2016)
Public cn As ADODB.Connection

Public Sub OppnaDatabas()
    Set cn = New ADODB.Connection
    cn.ConnectionTimeout = 15
    cn.Open "Provider=SQLOLEDB;Data Source=LONSRV\SQLEXPRESS;Initial Catalog=Lon;User ID=lonapp;Password=Dimma?15;"
End Sub

Public Sub StangDatabas()
    If Not cn Is Nothing Then
        If cn.State = adStateOpen Then cn.Close
        Set cn = Nothing
    End If
End Sub
