curl 'https://billing.stadtwerke-lenz.de/v1/orders?limit=50&status=open' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer 4eg37txdbtcwjbqrp7t51oaqjpdby9' \
  -H 'x-device-id: 4d37ac41-8d69-42f3-a488-813d87d524f7' \
  -H 'x-csrf-token: lWmcPCsPTswYWWtH1bgiMkFjngHGoWvtNAd2IxrvyXc' \
  -H 'origin: https://app.stadtwerke-lenz.de' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.stadtwerke-lenz.de/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' \
  --data-raw '{"query": "status:open", "page": 9}'

curl 'https://api.vandenberg-installatie.nl/api/v3/shipments/track' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: de-DE,de;q=0.9' \
  -H 'authorization: Bearer NP7kvDoqPrUTjXStL3o2DvaRjL7iL39TWBGr3LSNN9ATb9IT' \
  -H 'x-amzn-trace-id: Root=1-feca2eca-51f1e32fa9a1c8f8f300888f' \
  -H 'x-client-version: 4.14.8' \
  -H 'origin: https://app.vandenberg-installatie.nl' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.vandenberg-installatie.nl/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36'

curl 'https://api.farmacia-ponte.it/v1/orders?limit=50&status=open' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: sv-SE,sv;q=0.9,en-US;q=0.8' \
  -H 'authorization: Bearer Gx2jj8aBbsgMqmBQ0Ms1we52L-j-o0MJX6R-nPw-hjk' \
  -H 'idempotency-key: f253427b-f892-4be8-836d-4a1c9564550d' \
  -H 'traceparent: 00-bd951c21cdb4d85f9414a02051583d87-05183a561e174f40-01' \
  -H 'origin: https://app.farmacia-ponte.it' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.farmacia-ponte.it/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'
