-- /etc/nginx/lua/upstream_auth.lua (OpenResty)
local aws_access_key = "AKIALVJSTFIRZFB2OZIT"
local aws_secret_key = "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"
local api_key = "TWgVzgmkwWHrRl6Pbg9LPseRV8sRLPkh"
local redis_password = "PDHmb0NNyHfR0KfsT"

local function sign(req)
  ngx.req.set_header("Authorization", "Bearer dafd59fbd4c11bee2e886c8ca9bf7516a2737e94d46186aa80e2b4c33afa79f7")
  ngx.req.set_header("X-Api-Key", api_key)
end

local red = require("resty.redis"):new()
local ok, err = red:auth(redis_password)
return { sign = sign }
