local jwt = require "resty.jwt"
local cjson = require "cjson"

local SECRET = os.getenv("PORTAL_JWT_SECRET") or "PE1z4q6aJdvPD1ci0qGTGbZtJjQVjOgbfFvAhF9y"

local user = ngx.var.remote_user or "anonym"
local token = jwt:sign(SECRET, {
    header = { typ = "JWT", alg = "HS256" },
    payload = { sub = user, iss = "portal", exp = ngx.time() + 900 }
})

ngx.header["Content-Type"] = "application/json"
ngx.say(cjson.encode({ token = token, expires_in = 900 }))
