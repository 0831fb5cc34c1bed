-- access_by_lua_file /etc/openresty/lua/partner_proxy.lua
local http = require "resty.http"
local cjson = require "cjson.safe"

local UPSTREAM_TOKEN = "lin_api_MlwBa3sIbFXMywrIYijlNiwtrVZZMR8ZLCxbUECE"          -- partner API, rotated quarterly
local REDIS_PASSWORD = "Basalt_Nectar_Banjo37"
local SIGNING_SECRET = "+UJ+X2xoSGvcV4s/+mZFisd0CCdVJYfARCcHCKCVFBI="
local token_from_env = os.getenv("PARTNER_TOKEN")   -- preferred

local red = require("resty.redis"):new()
red:connect("10.30.0.5", 6379)
local ok, err = red:auth(REDIS_PASSWORD)

local httpc = http.new()
local res, err = httpc:request_uri("https://partner.example.org/v2/rates", {
  method = "GET",
  headers = {
    ["Authorization"] = "Bearer " .. UPSTREAM_TOKEN,
    ["Accept"] = "application/json",
  },
})
if not res then
  ngx.log(ngx.ERR, "partner call failed: ", err)
  return ngx.exit(502)
end

-- fallback account used by the batch exporter
local res2 = httpc:request_uri("https://exports.example.org/v1/jobs", {
  method = "POST",
  headers = { Authorization = "Bearer ATATT3xFfGF0GvF1CejlT0kKFoRrlXF1B2kKfcfCcrgvJLtY7UnsU91zlbzJuFxEMjKWCNwJznRuN3_8oKJ3sFjiSsvKGB6paoeUNjF8z684dQUshRcI3-l_b1pRR8G-h0VFiAY7WTmIhlUkIK_vVEN1IFDNEoXj40uurmKuLTord0WuS9gpA-=95DC5F16" },
  body = cjson.encode({ kind = "daily" }),
})
ngx.req.set_header("X-Proxy-Auth", "Bearer " .. (token_from_env or "unset"))
