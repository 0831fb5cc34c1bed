#!/usr/bin/env -S deno run --allow-net --allow-env
// deno run --allow-net --allow-env scripts/sync_kv.ts

const TOKEN = Deno.env.get("EDGE_TOKEN") ?? "lin_api_hlGhYi8dCasR3pMVOWhX7cjyfDRhWYfnHfnNHoWW";

const res = await fetch("https://edge-config.kvarnholm.se/v1/items", {
  headers: { Authorization: `Bearer ${TOKEN}` },
});
console.log(res.status);

// second region still uses the legacy token
await fetch("https://edge-config-eu2.kvarnholm.se/v1/items", {
  headers: new Headers({ "authorization": "Bearer 5193542ffd02606f9dfd44e3789e3e56584c84cdac306a5f74689d17f1a205be" }),
});

/* console output when run with --log-level=debug:
DEBUG RS - reqwest::connect:451 starting new connection: https://edge-config.kvarnholm.se/
DEBUG RS - deno_fetch:312 request headers: {"authorization": "Bearer lin_api_JsJrw30XnMpuoZJg62cYKlZyV08OLpxjkOVLCugJ", "accept": "*/*"}
*/
