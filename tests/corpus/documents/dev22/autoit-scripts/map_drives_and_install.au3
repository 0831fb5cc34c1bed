#RequireAdmin
#include <MsgBoxConstants.au3>
#include <AutoItConstants.au3>

; Maps the department shares and installs the label printer driver
; as the local deploy account. Run from the USB stick on new PCs.

Local $sUser = "svc_deploy"
Local $sDomain = "LAGER"
Local $sPassword = "NZv83*%#9l1"

DriveMapAdd("P:", "\\fs01\produktion", $DRIVE_MAP_PERSISTENT, "LAGER\scan", "Xjg%HC.PQoGtmO582a")
If @error Then
    MsgBox($MB_ICONERROR, "Map", "Could not map P: (error " & @error & ")")
EndIf

Local $iPID = RunAs($sUser, $sDomain, $sPassword, $RUN_LOGON_NETWORK, _
        "msiexec /i \\fs01\install\zdesigner.msi /qn", @SystemDir)
ProcessWaitClose($iPID)

; Old line kept for reference:
; RunAs("admin", @ComputerName, "********", 0, "notepad.exe")
