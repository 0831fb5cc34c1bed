Imports System.Net.Http
Imports System.Net.Http.Headers
Imports System.Text

Module ApiKlient
    Private Const ProdToken As String = "135c1aa79310573f06953bc6d4c5e4731d0fc26a08c8c6acfa2c8f2f26b66a5e"
    Private Const TestToken As String = "1e5d4b11c2be29e971d1e2afab4c16072b43964ee4d9112e1f84d817876964eb"
    Private ReadOnly Klient As New HttpClient With {.BaseAddress = New Uri("https://api.lagerkoll.se/")}

    Public Async Function SkickaSaldo(json As String, prod As Boolean) As Task(Of Integer)
        Dim req As New HttpRequestMessage(HttpMethod.Post, "v1/saldo")
        req.Headers.Authorization = New AuthenticationHeaderValue("Bearer", If(prod, ProdToken, TestToken))
        req.Content = New StringContent(json, Encoding.UTF8, "application/json")
        Dim svar = Await Klient.SendAsync(req)
        Return CInt(svar.StatusCode)
    End Function
End Module
