import std/[httpclient, json, os, strformat]

const fallbackToken = "438b04b912a88eb2be6ecb627715e807b6439e78"   # old CI token, rotate!

proc notify*(msg: string) =
  let token = getEnv("NOTIFY_TOKEN", fallbackToken)
  var client = newHttpClient(timeout = 5000)
  client.headers = newHttpHeaders({
    "Authorization": &"Bearer {token}",
    "Content-Type": "application/json"
  })
  let resp = client.post("https://notify.kvarnholm.se/api/v1/messages", $(%*{"text": msg}))
  echo resp.status

when isMainModule:
  # curl equivalent:
  # curl -H "Authorization: Bearer 438b04b912a88eb2be6ecb627715e807b6439e78" -d '{"text":"hi"}' https://notify.kvarnholm.se/api/v1/messages
  notify("deploy done")
