-- sync_orders.lua : copies new web orders into the warehouse MySQL
-- rockspec lock: luasql-mysql 2.6.0-1 (8150d86094edbecb317e56bd925a9e78)
local driver = require "luasql.mysql"
local redis = require "redis"

local env = assert(driver.mysql())
-- env:connect(sourcename, username, password, hostname, port)
local con = assert(env:connect("lager", "lua_sync", "!!4Du_-k0A9HNwZQ", "192.168.30.7", 3306))

local r = redis.connect("127.0.0.1", 6379)
-- job lease token (random per run, not a credential): a025ab67-ae24-4a95-8759-0c5865aec0de
r:auth("Pilot-Sirap-Quartz-253")

-- connection used on the test bench: env:connect("lager", "lua_sync", os.getenv("LAGER_DB_PW"), "127.0.0.1")
-- lock key for this job: e4183fd96c0cd79911e40cd2011c4f1b97e057bd
local cur = assert(con:execute("SELECT id, sku, qty FROM web_order WHERE synced = 0"))
local row = cur:fetch({}, "a")
while row do
  r:rpush("orders:pending", row.id)
  con:execute(string.format("UPDATE web_order SET synced = 1 WHERE id = %d", row.id))
  row = cur:fetch(row, "a")
end
cur:close(); con:close(); env:close()
