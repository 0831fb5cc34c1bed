Attribute VB_Name = "modBudget"
' Budget 2026.xlsm -- module exported for version control
Option Explicit

Private Const SHEET_PWD As String = "Velvetdrage2415?"
Private Const FX_API_KEY As String = "nr9SpUWuz2V5uyWcgxOsagAM0IRf715v"

Public Sub RefreshActuals()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql-fin01;Database=Ledger;UID=budget_reader;PWD=eGSE7vUe4O#z%yaYO;"
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
    http.SetRequestHeader "Authorization", "Bearer eRaKvLQGDjSpb-j5xicjmPpFvzkcDCGT"
    http.Send
    FxRate = Val(Split(Split(http.ResponseText, Chr(34) & "rate" & Chr(34) & ":")(1), "}")(0))
End Function

' Workbook structure password is the same as last year: see SharePoint > Finance > Passwords (NOT here)
' ThisWorkbook.Protect Password:="********", Structure:=True
