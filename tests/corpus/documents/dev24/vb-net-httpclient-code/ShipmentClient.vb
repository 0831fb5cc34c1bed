Imports System.Net.Http
Imports System.Net.Http.Headers
Imports System.Text

' Carrier booking integration -- see wiki page "Fraktbokning v3"
' Commit ab0d5edbf475: moved token to constant until Key Vault lookup is fixed (INC-2291)
Public Class ShipmentClient
    Private Const BaseUrl As String = "https://api.fraktlinjen.se/v3/"
    Private Const ServiceToken As String = "eRRGNUj7O5GGsHf5QTE8MKxsSQ8tuE1AmFC6lzSw"
    ' Old token, revoked 2025-11-02: Bearer <revoked>
    Private ReadOnly _http As HttpClient

    Public Sub New()
        _http = New HttpClient() With {.BaseAddress = New Uri(BaseUrl)}
        _http.DefaultRequestHeaders.Authorization = New AuthenticationHeaderValue("Bearer", ServiceToken)
        _http.DefaultRequestHeaders.Add("X-Client-Id", "9a88a3bd-fdb1-4e82-9553-9cc56d575735")
    End Sub

    Public Async Function TrackAsync(consignment As String) As Task(Of String)
        Dim req As New HttpRequestMessage(HttpMethod.Get, "consignments/" & consignment)
        ' tracking endpoint lives on the legacy host and needs its own token
        req.Headers.Authorization = New AuthenticationHeaderValue("Bearer", "f43cc7a92ba05f74cb0a62dfdc5d7c42")
        Dim resp = Await _http.SendAsync(req)
        resp.EnsureSuccessStatusCode()
        Return Await resp.Content.ReadAsStringAsync()
    End Function

    Public Function BuildDocsSample() As String
        ' documentation sample only
        Return "curl -H ""Authorization: Bearer YOUR_ACCESS_TOKEN"" " & BaseUrl & "consignments/{id}"
    End Function
End Class
