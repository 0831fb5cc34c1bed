fetch("https://partner-api.granitbank.se/api/v2/tickets/19022/comments", {
  "headers": {
    "accept": "application/json, text/plain, */*",
    "accept-language": "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7",
    "authorization": "Bearer eyJraWQiOiJ6M1JEbm1QRUNZQndxQW8vMGFrZkcremUxT3dKNjEyN3lYRzZFcnp6S2tNPSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIwOGM4MDYxYy02YWIzLTRhNTQtYTk2Ny0wOTM4YzgzZjk4MzkiLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LXdlc3QtMS5hbWF6b25hd3MuY29tL2V1LXdlc3QtMV9mRHdxWldwMnYiLCJjbGllbnRfaWQiOiJ5bHlhZXZtOHNyY3puN3N0eWx6c3pkcG9tOCIsInRva2VuX3VzZSI6ImFjY2VzcyIsInNjb3BlIjoiYXdzLmNvZ25pdG8uc2lnbmluLnVzZXIuYWRtaW4iLCJhdXRoX3RpbWUiOjE3NjI2MTkxNDUsImV4cCI6MTc2MjYyMjc0NSwiaWF0IjoxNzYyNjE5MTQ1LCJqdGkiOiI4ZjM2NDViYy1iMWZkLTQxMTUtOGUzOS0zOTQ2MjZiNTBhMGEifQ.Wowqh_0I-lOt-25TJcKVpAZiY4jBq9b24iWQypb_ngwWu28ozMUPr0uxE8YUEPdy988dgvSTBLAZY4my309f1cHFKlcOXoHLSPq4Iz4-7gY_gHDTm9CisruhEvzShW5j9eXyrRSx8qLy4KXFEXbMPuh0T-fUTkcwALCStKww7yt_yfz_YSnrGGr8gJQExjmLNFBjUintPg344R3KpI-CtdfEO634n-DZgLrAArS3rHr99IvucRx_p_VLlrMvW1HAmBrM6OmBVap1kGvraDsFzblXhRAM2gZR63A3ozNCf6wHVpcDYfV38Lra_u7M-Y0u2fkoir2pY6WMfBILX1B6ww",
    "sec-ch-ua": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
    "sec-ch-ua-mobile": "?0",
    "sec-ch-ua-platform": "\"Windows\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "x-csrf-token": "f6Fbge54S5-oC7NQ10eXLdLKGOThj9PfZyL8uyIERn0"
  },
  "referrer": "https://app.helix-data.de/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});
