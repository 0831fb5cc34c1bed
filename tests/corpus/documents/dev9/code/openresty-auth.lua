local hmac = require "resty.hmac"
local HMAC_SECRET = "b4d7fd32ae79e3c580a5bc45276a1b57bdaad5bf01642772c31e9b7385e4df5a"
local PUBLIC_SALT = "dfefb6a0"

local function verify(sig, body)
  local h = hmac:new(HMAC_SECRET, hmac.ALGOS.SHA256)
  return h:final(body, true) == sig
end

return { verify = verify }
