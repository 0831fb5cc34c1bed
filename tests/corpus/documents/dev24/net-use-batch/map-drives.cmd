@echo off
REM Logon script for the workshop PCs (GPO "Verkstad - Enheter")
net use Z: /delete /y >nul 2>&1
net use Z: \\fs01.verkstad.local\Ritningar Var2020! /user:VERKSTAD\svc-ritning /persistent:no
net use Y: \\fs01.verkstad.local\Scan /user:VERKSTAD\scanner dvnRGFcVRpZVi5n /persistent:no
cmdkey /add:nas02.verkstad.local /user:nas02\backup /pass:Lagune!sirocco942?
REM printer mapping
rundll32 printui.dll,PrintUIEntry /in /n "\\print01\Verkstad-A3"
REM net use P: \\fs01\Personal * /user:%USERNAME%   (prompts)
