$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"
Invoke-WebRequest -UseBasicParsing -Uri "https://api.meridianhealth.co.uk/api/projects/42/builds?page=2" `
-WebSession $session `
-Headers @{
"authority"="api.meridianhealth.co.uk"
  "method"="GET"
  "path"="/api/projects/42/builds?page=2"
  "scheme"="https"
  "accept"="application/json"
  "accept-encoding"="gzip, deflate, br, zstd"
  "authorization"="Bearer dp.st.prd.NGMGgOEHhwng71mLi1RbWSJURxGkcwA2WO26t0OMwFl"
  "origin"="https://portal.tallgrenconsulting.com"
  "priority"="u=1, i"
  "sec-fetch-mode"="cors"
}
