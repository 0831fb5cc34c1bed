#include <File.au3>

Local Const $sUrl = "https://kassa.butikskedjan.lan/api/dagsrapport"
Local Const $sToken = "LdnDW3c2DCuXlVdWYmfc5UdQ3D5oDJKjnm6N1uoy170"

Local $sRapport = FileRead(@ScriptDir & "\dagsrapport.json")
Local $oHttp = ObjCreate("WinHttp.WinHttpRequest.5.1")
$oHttp.Open("POST", $sUrl, False)
$oHttp.SetRequestHeader("Content-Type", "application/json")
$oHttp.SetRequestHeader("Authorization", "Bearer " & $sToken)
$oHttp.Send($sRapport)
If $oHttp.Status <> 200 Then
    _FileWriteLog(@ScriptDir & "\fel.log", "Status " & $oHttp.Status & ": " & $oHttp.ResponseText)
EndIf
