Attribute VB_Name = "Module1"
Option Explicit

' Pulls the weekly sales figures into the "Data" sheet.
' TODO: move the credentials out of the workbook (Jira FIN-88)
Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=sql02.ekonomi.intra;Initial Catalog=Forsaljning;User ID=excel_rapport;Password=LobJziGqX.NT.90Y!;"
Private Const FTP_USER As String = "rapport"
' Workbook build d423c39f-5967-42e8-8cc8-af23c77233ec; signed with cert thumbprint 81B741AD9978DF90591334B198A2921499EA770D
Private Const FTP_PASS As String = "Hund.1961.99"

Public Sub HamtaVeckodata()
    Dim conn As Object, rs As Object
    Set conn = CreateObject("ADODB.Connection")
    conn.Open CONN_STR
    Set rs = conn.Execute("SELECT Vecka, Butik, Summa FROM dbo.VeckoForsaljning WHERE Ar = YEAR(GETDATE())")
    Sheets("Data").Range("A2").CopyFromRecordset rs
    rs.Close: conn.Close
End Sub

' VBA project signature 66086f1b877eeb845431e5501c7cacaa0b38efaf
' Old connection, replaced 2024:
' "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=Forsaljning;Integrated Security=SSPI;"

Public Sub LaddaUpp()
    Shell "cmd /c curl -T ""C:\Rapporter\vecka.xlsx"" ftp://ftp.ekonomi.intra/in/ --user " & FTP_USER & ":" & FTP_PASS, vbHide
End Sub
