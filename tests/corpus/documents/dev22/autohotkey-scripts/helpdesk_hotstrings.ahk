#Requires AutoHotkey v2.0
#SingleInstance Force
; Helpdesk hotstrings - keep this file on your own PC only!

::]sig::Med vänliga hälsningar{Enter}IT-supporten

; Local admin on the lab laptops (rotated quarterly)
:*:]ladm::
{
    SendText "mCj2%G58Lsc3"
}

; Wi-Fi guest network
:*:]guest::
{
    SendText "Gäst-WiFi"
}

^!v::  ; Ctrl+Alt+V logs in to the VPN client
{
    WinActivate "FortiClient"
    Send "vpn-helpdesk{Tab}"
    SendText "X-%5JW8JgJxErtStOb6@"
    Send "{Enter}"
}
