Imports System.Net.Http
Imports System.Net.Http.Headers
Imports Amazon.S3
Imports Amazon.Runtime

Module InvoiceArchiver
    Private ReadOnly ConnStr As String = "Server=sql03;Database=Invoicing;User Id=archiver;Password=Emberigloo2365!;TrustServerCertificate=True"

    Sub Main()
        Using client As New HttpClient()
            client.DefaultRequestHeaders.Authorization = New AuthenticationHeaderValue("Bearer", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjhmNjdjYWUyOGE0MjM4ZDMifQ.eyJpc3MiOiJodHRwczovL2F1dGgubHVtZW53b3Jrcy5jb20vIiwic3ViIjoiNGVjYTFlNWQtOGZkMi00ZTBjLWExM2QtNGRiYjQxYjJmM2YwIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzc0NTcwNzg0LCJleHAiOjE3NzQ1NzQzODQsInNjb3BlIjoiZXJwLnJlYWQifQ.rINBuXpUFoAPHNtV9GS0ZvKD6WiEsafcerSLkNwJ4_WjAD5TG1P-NC8EWoTbs8SPKaQfOmueLZ4uqBKGYRbSFdvj37I0ZCAV0NmmqzoitmTO6xNGhW4XmJMGcVYVcrSerTLddtTcAsS3oZIREJEf5hU7ca8BgYBGdRY1lPyNCsn7NVeNRN-TzURf0VD8gxnSBQGBCudW_jW5vptO8LDCjaRadkj9qTerAvJSV26BHzke8SuT7RckNv6W6aLfbpI3hShXSJa-FUzJV7Udr6e9xR78yf-zvxISvIQao_DPwosZPT17l1a04l_p3ocsBWyhYywSQP_jban4baLu-GCU_g")
            Dim json = client.GetStringAsync("https://erp.brightpath.co.uk/api/invoices?status=paid").Result
            Console.WriteLine(json.Length)
        End Using

        Dim creds As New BasicAWSCredentials("AKIAA2IPQ2F6FNI3SFKG", "hXiDEFvD/6TrhgNOItjs3VykzBdxMTrK1azJZDpi")
        Dim s3 As New AmazonS3Client(creds, Amazon.RegionEndpoint.EUWest2)

        Dim req As New HttpRequestMessage(HttpMethod.Post, "https://dms.brightpath.co.uk/api/documents")
        req.Headers.Add("Authorization", "Bearer 3KQDUzPbkoqedsCHwcd7oFycXWkOVQ6cjbcGhGPVx6R")
        ' Example from the SDK docs, not used:
        ' Dim demo As New BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    End Sub
End Module
