$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
$session.Cookies.Add((New-Object System.Net.Cookie("ai_session", "FJsbLrr8rOQdX7oeoPkAOR|3560229155231", "/", "app.gateway.lendwise.io")))
Invoke-WebRequest -UseBasicParsing -Uri "https://gateway.lendwise.io/api/tenants/f8d04395-cfb0-43c6-b171-5af2ec25e0ce/users" `
-WebSession $session `
-Headers @{
"authority"="gateway.lendwise.io"
  "method"="GET"
  "accept"="application/json"
  "authorization"="Bearer FXaLfyKE3RgsHLK8eHA7o5Pz3SQLiFjg"
  "x-ms-client-request-id"="fecd93f4-a5de-4376-b52b-8708f177a309"
}
