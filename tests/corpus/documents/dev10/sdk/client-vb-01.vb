Imports System.Net.Http

Module Sync
    Private Const ApiToken As String = "atk-pRtK3A40J6xxxcfaUhpsRMPrvOAksucdThZUDVk2"

    Sub Main()
        Dim c As New HttpClient()
        c.DefaultRequestHeaders.Authorization = New Headers.AuthenticationHeaderValue("Bearer", ApiToken)
        c.DefaultRequestHeaders.Add("X-Admin", "Bearer atk-HcltrCjyQP2xR3nySmJhpkcrD6Kosf46budJ6VHS")
        Dim r = c.GetAsync("https://api.brightwater.io/v1/sync").Result
    End Sub
End Module
