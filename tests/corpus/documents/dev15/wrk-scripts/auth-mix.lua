-- wrk -t8 -c200 -d60s -s auth-mix.lua https://api.example.com
-- rotates through four service tokens so the rate limiter sees several clients
local tokens = {
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im01VzI1eUROOTI1akprLWpSTm1jRjEifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiOTAxNzk1NDg2NTI0OTQzNzk1IiwiYXVkIjoib3JkZXJzLWFwaSIsImlhdCI6MTc5NjAxMTQ4NiwiZXhwIjoxNzk2MDEyMzg2LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyJ9.X9Hex6LyMRWK80M9QAgMgTcC3FJvw5Fp67iBCZBO0PIoY0eGWbsj1qepRuCxITbJ4Cxu3wXG1WY_kVQr1lrP4M_Xe8Sntw5qLY0yZCO11WuHjvOBYrMXQz4Bu6ZyADMcVanpUOq830ALf1EogtzZiAbsswx_TAWipduxf2cO4OE9qrf98Tv94oOqgxK4xuzUUlSZUFkfVvWk8_3f3wXQ0yeSr1KxV2hFksROU7Xd9zYWQtBrrobkQRfZEShmeZE0bWgVty09fjQNMZ2eBT4rhbouElSzPIDmFSRuXNPTDn5NP1ScuNqCxvUb3qYsP_BW4Qh9akgUZnDmRqoBfL5pur",
  "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ijk4bW9UUVdVRHBKUW1RTVVDWnJLNHoifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiNjFkZTI2NGYtOWY4MS00MDEyLWFhMTMtODdiZDlmNTQ1OWU4IiwiYXVkIjoib3JkZXJzLWFwaSIsImlhdCI6MTc5OTQxMjE3MSwiZXhwIjoxNzk5NDk4NTcxLCJzY29wZSI6ImFwaS5yZWFkIn0.6W74x6MqVSJUDJXQRmkG1PvsAysA37fvENIgOCq2Tz4FtV-2uNA4Vz90fEvJF7Mm17o2fFg_L7fL6u3rqzXoTOv4EHzK7tEN4TekhKJfKDPqRQadTKo1K6BtsBs4r3eQqbQV7qbViMAwQkp-Yvvr5qnibaKSue4B7FiII7d2InRj18LjcQJTDi7PLq-ioXb0aI5OALNR9YFTFwfI-ysgmagGZovALbNT21XWFancSoMmlGYDOQMFq9mo3UzHI-6VkeN_4DN0NvOsEkyhcfY1fq4ldImWlIz54vOwNb2MsTxF87aLR8bL3IDRCIC1eiaDzQveHuLRA1X_016uqYr-7B",
  "UXRdDAZW.tu7n5sGyt6yZIXLjmrgH5Rrm.k8h2MBJ5Wbq7pXbm",
}
local i = 0
request = function()
  i = (i % #tokens) + 1
  wrk.headers["Authorization"] = "Bearer " .. tokens[i]
  wrk.headers["Accept"] = "application/json"
  return wrk.format("GET", "/v1/orders?limit=20")
end

-- admin path, separate token
local admin = 'Bearer ya29.a0S51RKZZeD2YO4GUaeuxS6jLOi7fQ5yIXBM8BaBmBSCFKWxNivQoLMKUo_1RQcqP9o25zaZ9cqvbDIf4AavRfnOe8q5Iyo2CiWckfaLFgYPiLLNN_Ly22RbGQUqw0KBSIxQeMw86ywV4GQH-arY8WEG'
response = function(status, headers, body)
  if status == 401 then print("401 for token #" .. i) end
end
