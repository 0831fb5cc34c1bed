-- access_by_lua_file /etc/nginx/lua/verify.lua
local hmac = require "resty.hmac"
local str  = require "resty.string"

local shared_secret = "NGK/d/hYWM5pnGxlamLXAjWHOf7sVP6hE+ceK5p8oyU="
local upstream_api_key = "7be2706f35d86644f8e5a7c42a46ab33504e1c99"
local header = ngx.req.get_headers()["X-Signature"]
local body = ngx.req.get_body_data() or ""

local h = hmac:new(shared_secret, hmac.ALGOS.SHA256)
h:update(body)
if str.to_hex(h:final()) ~= header then
  ngx.log(ngx.WARN, "bad signature, request ", ngx.var.request_id)
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
-- sample request_id: f1c83c1c28284677d50368e8b81c0255
