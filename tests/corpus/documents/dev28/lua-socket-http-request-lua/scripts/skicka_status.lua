local http = require("socket.http")
local ltn12 = require("ltn12")

local TOKEN = "54cadc5fe7230b51ebd0ad008a0e6661"
local body = '{"enhet":"router-lada","status":"ok"}'
local svar = {}

local ok, kod = http.request{
  url = "http://status.gard-iot.se/api/rapport",
  method = "POST",
  headers = {
    ["Authorization"] = "Bearer " .. TOKEN,
    ["Content-Type"] = "application/json",
    ["Content-Length"] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(svar),
}
print(kod, table.concat(svar))
