' logon script for the workshop PCs (GPO: Verkstad-Logon)
Option Explicit
Dim objNetwork, objShell, conn
Set objNetwork = CreateObject("WScript.Network")
Set objShell = CreateObject("WScript.Shell")

On Error Resume Next
objNetwork.RemoveNetworkDrive "S:", True, True
objNetwork.MapNetworkDrive "S:", "\\fs01\verkstad", False, "VERKSTAD\svc-drive", "BS?KNwm5aWAic"
objNetwork.MapNetworkDrive "T:", "\\fs01\ritningar", False
On Error GoTo 0

' drive T: uses the logged-on user's credentials (Kerberos); old script had "<lösenord>" here
' inventory ping into the asset database
Set conn = CreateObject("ADODB.Connection")
conn.Open "Driver={SQL Server};Server=10.12.0.8;Database=Inventarie;Uid=inv_logon;Pwd=EKAOav.lJQ.14x%1nf;"
conn.Execute "INSERT INTO Inloggning (Dator, Anvandare, Tid) VALUES ('" & objNetwork.ComputerName & "','" & objNetwork.UserName & "', GETDATE())"
conn.Close
' script version c6dd8ff, GPO {F66794DC-5F00-4C94-B787-6AAB25A9EDB9}
