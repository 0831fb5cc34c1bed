; Kassa-inloggning, startas fran autostart
#NoEnv
SetTitleMatchMode, 2
Run, C:\Program Files (x86)\KassaPro\kassa.exe
WinWaitActive, KassaPro - Inloggning,, 30
Sleep, 800
Send, kassa3{Tab}
Send, Aspen36!{Enter}
WinWaitActive, KassaPro - Huvudmeny,, 30

; Bakkontoret (F12) kraver chefslosen
F12::
Send, {F12}
Sleep, 400
SendRaw, TUMK.JaWtJcCyon
Send, {Enter}
return
